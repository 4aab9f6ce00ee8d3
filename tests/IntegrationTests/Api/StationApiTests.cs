using System.Net;
using PureConnect.IntegrationTests.Infrastructure;

namespace PureConnect.IntegrationTests.Api;

/// <summary>Spec: "Stations already associated with other users are not available"; remote kinds need the right.</summary>
[Collection(StackCollection.Name)]
public sealed class StationApiTests(StackFixture stack)
{
    [Fact]
    public async Task A_station_in_use_by_another_agent_is_refused_as_in_use()
    {
        var first = stack.TakeAgent();
        var second = stack.TakeAgent();
        using var firstApi = new AgentApiClient(stack.ApiUri);
        using var secondApi = new AgentApiClient(stack.ApiUri);
        await firstApi.LogInReadyAsync(first);
        try
        {
            Assert.Equal("station", (await secondApi.LogInAsync(second, StackFixture.Password)).ShouldBe(HttpStatusCode.OK).Step);

            var refused = (await secondApi.SelectWorkstationAsync(StackFixture.StationOf(first))).ShouldFail(HttpStatusCode.BadRequest, "station.inUse");

            Assert.Equal("station", refused.Step);
            Assert.Equal("ready", (await secondApi.SelectWorkstationAsync(StackFixture.StationOf(second))).ShouldBe(HttpStatusCode.OK).Step);
        }
        finally
        {
            await firstApi.DeleteAsync("/api/session");
            await secondApi.DeleteAsync("/api/session");
        }
    }

    [Fact]
    public async Task The_station_step_carries_the_agents_default_workstation_from_CIC()
    {
        using var directory = new DirectoryControl(stack);
        var (userId, stationId) = await directory.AddUserAsync("defaultws");
        var (plainUserId, _) = await directory.AddUserAsync("nodefault");
        await directory.SetDefaultWorkstationAsync(userId, stationId);
        using var api = new AgentApiClient(stack.ApiUri);
        using var plainApi = new AgentApiClient(stack.ApiUri);

        var login = (await api.LogInAsync(userId, StackFixture.Password)).ShouldBe(HttpStatusCode.OK);
        Assert.Equal("station", login.Step);
        Assert.Equal(stationId, login.Json.GetProperty("defaultWorkstationId").GetString());
        var plain = (await plainApi.LogInAsync(plainUserId, StackFixture.Password)).ShouldBe(HttpStatusCode.OK);
        Assert.Equal("station", plain.Step);
        Assert.True(!plain.Json.TryGetProperty("defaultWorkstationId", out var none) || none.ValueKind == System.Text.Json.JsonValueKind.Null);

        Assert.Equal("ready", (await api.SelectWorkstationAsync(stationId)).ShouldBe(HttpStatusCode.OK).Step);
        await api.DeleteAsync("/api/session");
        await plainApi.DeleteAsync("/api/session");
    }

    [Fact]
    public async Task A_remote_number_without_the_remote_station_right_is_forbidden()
    {
        using var directory = new DirectoryControl(stack);
        var (userId, stationId) = await directory.AddUserAsync("noremote", canUseRemoteStations: false);
        using var api = new AgentApiClient(stack.ApiUri);

        var login = (await api.LogInAsync(userId, StackFixture.Password)).ShouldBe(HttpStatusCode.OK);
        Assert.Equal("station", login.Step);
        Assert.False(login.Json.GetProperty("canUseRemoteStations").GetBoolean());

        (await api.PostAsync("/api/login/station", new { kind = "RemoteNumber", remoteNumber = "3175550199", persistent = true }))
            .ShouldFail(HttpStatusCode.Forbidden, "station.forbidden");
        (await api.PostAsync("/api/login/station", new { kind = "RemoteNumber", remoteNumber = "12" }))
            .ShouldFail(HttpStatusCode.BadRequest, "station.invalidNumber");
        Assert.Equal("ready", (await api.SelectWorkstationAsync(stationId)).ShouldBe(HttpStatusCode.OK).Step);
        await api.DeleteAsync("/api/session");
    }
}
