using System.Net;
using System.Text;
using PureConnect.IntegrationTests.Infrastructure;

namespace PureConnect.IntegrationTests.Api;

/// <summary>Text with control characters is refused at the edge, so that no agent input can poison the event store.</summary>
[Collection(StackCollection.Name)]
public sealed class ControlCharacterApiTests(StackFixture stack)
{
    [Fact]
    public async Task A_status_note_or_call_log_with_a_nul_is_refused_nothing_changes_and_the_agent_keeps_working()
    {
        var agentId = stack.TakeAgent();
        using var api = new AgentApiClient(stack.ApiUri);
        await api.LogInReadyAsync(agentId);
        var before = (await api.GetAsync("/api/me")).ShouldBe(HttpStatusCode.OK).Json.GetProperty("statusId").GetString();
        Assert.NotEqual("At Lunch", before);

        (await api.PutAsync("/api/me/status", new { statusId = "At Lunch", notes = "back at\0 two" }))
            .ShouldFail(HttpStatusCode.BadRequest, "input.controlCharacters");
        (await api.PutAsync("/api/me/status", new { statusId = "At Lunch", notes = "bell\u0007" }))
            .ShouldFail(HttpStatusCode.BadRequest, "input.controlCharacters");
        (await api.PutAsync("/api/me/interactions/no-such-call/call-log", new { subject = "Call", comments = "a\0b" }))
            .ShouldFail(HttpStatusCode.BadRequest, "input.controlCharacters");
        using (var loneSurrogate = new StringContent("""{"statusId":"At Lunch","notes":"\ud800"}""", Encoding.UTF8, "application/json"))
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, "/api/me/status") { Content = loneSurrogate };
            request.Headers.Add("X-CSRF-TOKEN", api.CsrfToken);
            using var response = await api.Http.SendAsync(request);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("input.controlCharacters", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(before, (await api.GetAsync("/api/me")).ShouldBe(HttpStatusCode.OK).Json.GetProperty("statusId").GetString());

        (await api.PutAsync("/api/me/status", new { statusId = "At Lunch", notes = "back at two\r\nsee you" })).ShouldBe(HttpStatusCode.Accepted);
        await Eventually.MatchesAsync(() => api.GetAsync("/api/me"), m => m.Json.GetProperty("statusId").GetString() == "At Lunch");
        await api.DeleteAsync("/api/session");
    }
}
