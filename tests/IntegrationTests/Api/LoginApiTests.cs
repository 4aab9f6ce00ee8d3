using System.Net;
using PureConnect.IntegrationTests.Infrastructure;

namespace PureConnect.IntegrationTests.Api;

/// <summary>The spec's login, over real HTTP: credentials, user agreement, expired password, station, remembered station.</summary>
[Collection(StackCollection.Name)]
public sealed class LoginApiTests(StackFixture stack)
{
    [Fact]
    public async Task Right_credentials_lead_to_the_station_step_and_a_workstation_makes_the_agent_ready()
    {
        var agentId = stack.TakeAgent();
        using var api = new AgentApiClient(stack.ApiUri);

        var login = (await api.LogInAsync(agentId, StackFixture.Password)).ShouldBe(HttpStatusCode.OK);
        Assert.Equal("station", login.Step);
        Assert.Contains(StackFixture.StationOf(agentId), login.Json.GetProperty("stations").EnumerateArray().Select(s => s.GetString()));
        Assert.True(login.Json.GetProperty("canUseRemoteStations").GetBoolean());

        var ready = (await api.SelectWorkstationAsync(StackFixture.StationOf(agentId))).ShouldBe(HttpStatusCode.OK);
        Assert.Equal("ready", ready.Step);
        var session = (await api.GetAsync("/api/session")).ShouldBe(HttpStatusCode.OK);
        Assert.Equal(agentId, session.Property("userId"));
        Assert.Equal("ready", session.Step);
        var me = (await api.GetAsync("/api/me")).ShouldBe(HttpStatusCode.OK);
        Assert.Equal(StackFixture.StationOf(agentId), me.Json.GetProperty("station").GetProperty("stationId").GetString());
        await api.DeleteAsync("/api/session");
    }

    [Fact]
    public async Task A_wrong_password_is_refused_and_opens_no_session()
    {
        var agentId = stack.TakeAgent();
        using var api = new AgentApiClient(stack.ApiUri);

        (await api.LogInAsync(agentId, "not-the-password")).ShouldFail(HttpStatusCode.BadRequest, "login.failed");

        (await api.GetAsync("/api/session")).ShouldFail(HttpStatusCode.Unauthorized, "session.none");
        (await api.GetAsync("/api/me")).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Accepting_the_user_agreement_completes_the_login_and_declining_it_abandons_the_login()
    {
        const string agreement = "By using this Interaction Center system you agree to the following conditions.";
        using var directory = new DirectoryControl(stack);
        var (userId, stationId) = await directory.AddUserAsync("agree");
        await directory.SetUserAgreementAsync(agreement);
        try
        {
            using var api = new AgentApiClient(stack.ApiUri);
            var options = (await api.GetAsync("/api/login/options")).ShouldBe(HttpStatusCode.OK);
            Assert.True(options.Json.GetProperty("userAgreementRequired").GetBoolean());

            var declined = (await api.LogInAsync(userId, StackFixture.Password)).ShouldBe(HttpStatusCode.OK);
            Assert.Equal("agreement", declined.Step);
            Assert.Equal(agreement, declined.Property("agreementText"));
            (await api.SelectWorkstationAsync(stationId)).ShouldFail(HttpStatusCode.Conflict, "login.wrongStep");
            Assert.Equal("loggedOut", (await api.PostAsync("/api/login/agreement", new { accept = false })).ShouldBe(HttpStatusCode.OK).Step);
            (await api.GetAsync("/api/session")).ShouldBe(HttpStatusCode.Unauthorized);

            Assert.Equal("agreement", (await api.LogInAsync(userId, StackFixture.Password)).ShouldBe(HttpStatusCode.OK).Step);
            Assert.Equal("station", (await api.PostAsync("/api/login/agreement", new { accept = true })).ShouldBe(HttpStatusCode.OK).Step);
            Assert.Equal("ready", (await api.SelectWorkstationAsync(stationId)).ShouldBe(HttpStatusCode.OK).Step);
            await api.DeleteAsync("/api/session");
        }
        finally
        {
            await directory.SetUserAgreementAsync(null);
        }
    }

    [Fact]
    public async Task An_expired_password_must_be_changed_before_the_station_and_the_new_one_works_next_time()
    {
        using var directory = new DirectoryControl(stack);
        var (userId, stationId) = await directory.AddUserAsync("expired", passwordExpired: true);
        using var api = new AgentApiClient(stack.ApiUri);

        Assert.Equal("changePassword", (await api.LogInAsync(userId, StackFixture.Password)).ShouldBe(HttpStatusCode.OK).Step);
        (await api.SelectWorkstationAsync(stationId)).ShouldFail(HttpStatusCode.Conflict, "login.wrongStep");
        (await api.PostAsync("/api/login/password", new { oldPassword = StackFixture.Password, newPassword = "new-secret-2", confirmPassword = "other" }))
            .ShouldFail(HttpStatusCode.BadRequest, "password.mismatch");
        (await api.PostAsync("/api/login/password", new { oldPassword = "wrong-old", newPassword = "new-secret-2", confirmPassword = "new-secret-2" }))
            .ShouldFail(HttpStatusCode.BadRequest, "password.rejected");

        var changed = (await api.PostAsync("/api/login/password",
            new { oldPassword = StackFixture.Password, newPassword = "new-secret-2", confirmPassword = "new-secret-2" })).ShouldBe(HttpStatusCode.OK);
        Assert.Equal("station", changed.Step);
        Assert.Equal("ready", (await api.SelectWorkstationAsync(stationId)).ShouldBe(HttpStatusCode.OK).Step);
        await api.DeleteAsync("/api/session");

        (await api.LogInAsync(userId, StackFixture.Password)).ShouldFail(HttpStatusCode.BadRequest, "login.failed");
        Assert.Equal("station", (await api.LogInAsync(userId, "new-secret-2")).ShouldBe(HttpStatusCode.OK).Step);
        await api.DeleteAsync("/api/session");
    }

    [Fact]
    public async Task A_remembered_station_is_connected_at_the_next_login_without_asking()
    {
        var agentId = stack.TakeAgent();
        var stationId = StackFixture.StationOf(agentId);
        using var api = new AgentApiClient(stack.ApiUri);
        Assert.Equal("station", (await api.LogInAsync(agentId, StackFixture.Password)).ShouldBe(HttpStatusCode.OK).Step);
        (await api.SelectWorkstationAsync(stationId, remember: true)).ShouldBe(HttpStatusCode.OK);
        (await api.DeleteAsync("/api/session")).ShouldBe(HttpStatusCode.OK);

        var again = (await api.LogInAsync(agentId, StackFixture.Password)).ShouldBe(HttpStatusCode.OK);

        Assert.Equal("ready", again.Step);
        Assert.Equal(stationId, again.Json.GetProperty("station").GetProperty("stationId").GetString());
        Assert.Equal(stationId, again.Json.GetProperty("rememberedStation").GetProperty("stationId").GetString());
        await api.DeleteAsync("/api/session");
    }
}
