using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PureConnect.Simulators.CicServer.UnitTests.Support;

namespace PureConnect.Simulators.CicServer.UnitTests.Http;

/// <summary><c>activations/users/{userId}</c>: a user reads and changes their own workgroup activations, with the "Activate self" right.</summary>
public sealed class ActivationsHttpTests(SimulatorHost host) : IClassFixture<SimulatorHost>
{
    [Fact]
    public async Task A_user_changes_only_the_named_workgroup_and_only_their_own_activation()
    {
        var (userId, first, second) = await UserInTwoWorkgroupsAsync();
        var other = SimulatorHost.Unique("oth");
        await CreatedAsync(host.Http.PostAsJsonAsync("/control/users", new { userId = other, password = "1234" }));
        var session = await IcwsSession.LogInAsync(host.Http, userId, "1234");

        var before = await ActivationsAsync(session, userId);
        Assert.True(before.GetProperty(first).GetBoolean() && before.GetProperty(second).GetBoolean());

        using (var changed = await session.SendAsync(HttpMethod.Put, $"activations/users/{userId}", new { activations = new Dictionary<string, bool> { [first] = false } }))
        {
            Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
            var after = JsonDocument.Parse(await changed.Content.ReadAsStringAsync()).RootElement.GetProperty("activations");
            Assert.False(after.GetProperty(first).GetBoolean());
            Assert.True(after.GetProperty(second).GetBoolean(), "a workgroup not named stays as it is");
        }

        using (var someoneElse = await session.SendAsync(HttpMethod.Put, $"activations/users/{other}", new { activations = new Dictionary<string, bool> { [first] = true } }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, someoneElse.StatusCode);
        }

        await NoContentAsync(host.Http.PutAsJsonAsync($"/control/workgroups/{second}/members/{userId}", new { activated = true, canActivateSelf = false }));
        using (var noRight = await session.SendAsync(HttpMethod.Put, $"activations/users/{userId}", new { activations = new Dictionary<string, bool> { [second] = false, [first] = true } }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, noRight.StatusCode);
        }

        var unchanged = await ActivationsAsync(session, userId);
        Assert.False(unchanged.GetProperty(first).GetBoolean(), "a refused request changes nothing, not even its allowed part");
        Assert.True(unchanged.GetProperty(second).GetBoolean());
    }

    [Theory]
    [InlineData("""{"activations":{}}""")]
    [InlineData("""{"activations":{"%WG%":"yes"}}""")]
    [InlineData("""{"activations":{"no-such-workgroup":true}}""")]
    [InlineData("""{}""")]
    public async Task A_malformed_or_unknown_change_is_refused(string body)
    {
        var (userId, first, _) = await UserInTwoWorkgroupsAsync();
        var session = await IcwsSession.LogInAsync(host.Http, userId, "1234");

        using var refused = await session.SendAsync(HttpMethod.Put, $"activations/users/{userId}", JsonDocument.Parse(body.Replace("%WG%", first)).RootElement);

        Assert.True(refused.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"{(int)refused.StatusCode}");
        Assert.True((await ActivationsAsync(session, userId)).GetProperty(first).GetBoolean());
    }

    private async Task<(string UserId, string First, string Second)> UserInTwoWorkgroupsAsync()
    {
        var userId = SimulatorHost.Unique("act");
        var first = SimulatorHost.Unique("wga");
        var second = SimulatorHost.Unique("wgb");
        await CreatedAsync(host.Http.PostAsJsonAsync("/control/users", new { userId, password = "1234" }));
        await CreatedAsync(host.Http.PostAsJsonAsync("/control/workgroups", new { name = first, members = new[] { userId } }));
        await CreatedAsync(host.Http.PostAsJsonAsync("/control/workgroups", new { name = second, members = new[] { userId } }));
        return (userId, first, second);
    }

    private static async Task<JsonElement> ActivationsAsync(IcwsSession session, string userId)
    {
        using var response = await session.SendAsync(HttpMethod.Get, $"activations/users/{userId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("activations").Clone();
    }

    private static async Task CreatedAsync(Task<HttpResponseMessage> request)
    {
        using var response = await request;
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private static async Task NoContentAsync(Task<HttpResponseMessage> request)
    {
        using var response = await request;
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }
}
