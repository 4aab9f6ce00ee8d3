using System.Net;
using System.Net.Http.Headers;
using System.Text;
using PureConnect.IntegrationTests.Infrastructure;

namespace PureConnect.IntegrationTests.Api;

/// <summary>The console's presence confirmation reaches only the signed-in agent's own grain, and bad input is refused with {code, message}.</summary>
[Collection(StackCollection.Name)]
public sealed class PresenceSyncApiTests(StackFixture stack)
{
    [Fact]
    public async Task The_agent_reads_their_own_sync_and_a_made_up_or_malformed_confirmation_is_refused()
    {
        using var api = new AgentApiClient(stack.ApiUri);
        await api.LogInReadyAsync(stack.TakeAgent());
        try
        {

            var sync = (await api.GetAsync("/api/me/omni-presence")).ShouldBe(HttpStatusCode.OK);
            Assert.True(sync.Json.GetProperty("enabled").GetBoolean());

            (await api.PostAsync("/api/me/omni-presence/confirmations", new { requestId = "not-mine", statusId = "0N5SIM000000001" }))
                .ShouldFail(HttpStatusCode.Conflict, "presence.staleRequest");
            (await api.PostAsync("/api/me/omni-presence/confirmations", new { requestId = new string('r', 5000), statusId = "0N5SIM000000001" }))
                .ShouldFail(HttpStatusCode.BadRequest, "presence.invalid");
            (await api.PostAsync("/api/me/omni-presence/confirmations", new { requestId = "r1" }))
                .ShouldFail(HttpStatusCode.BadRequest, "presence.invalid");
            (await api.PostAsync("/api/me/omni-presence/confirmations", new { requestId = "r\u0000", statusId = "0N5SIM000000001" }))
                .ShouldFail(HttpStatusCode.BadRequest, "input.controlCharacters");
            var broken = await api.SendContentAsync(HttpMethod.Post, "/api/me/omni-presence/confirmations",
                new StringContent("{\"requestId\":", Encoding.UTF8, new MediaTypeHeaderValue("application/json")));
            Assert.Equal(HttpStatusCode.BadRequest, broken.Status);
            Assert.NotNull(broken.Code);
        }
        finally
        {
            await api.DeleteAsync("/api/session"); // a logged-in agent would take other tests' workgroup calls
        }
    }

    [Fact]
    public async Task Without_a_session_the_presence_sync_is_not_reachable()
    {
        using var api = new AgentApiClient(stack.ApiUri);

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/me/omni-presence")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.PostAsync("/api/me/omni-presence/confirmations", new { requestId = "r", statusId = "s" })).Status);
    }
}
