using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PureConnect.Simulators.CicServer.UnitTests.Support;

namespace PureConnect.Simulators.CicServer.UnitTests.Http;

/// <summary>server-info, an expired password over HTTP, the password change and the configuration resources.</summary>
public sealed class LoginSupportHttpTests(SimulatorHost host) : IClassFixture<SimulatorHost>
{
    [Fact]
    public async Task Server_info_serves_the_user_agreement_set_through_the_control_api()
    {
        Assert.Null(await AgreementAsync());

        using (var set = await host.Http.PutAsJsonAsync("/control/user-agreement", new { text = "You agree." }))
        {
            Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);
        }

        Assert.Equal("You agree.", await AgreementAsync());
        using var clear = await host.Http.PutAsJsonAsync("/control/user-agreement", new { text = (string?)null });
        Assert.Null(await AgreementAsync());
    }

    [Fact]
    public async Task An_expired_password_restricts_the_session_to_the_password_change_until_it_is_changed()
    {
        var userId = SimulatorHost.Unique("exp");
        using (var added = await host.Http.PostAsJsonAsync("/control/users", new { userId, password = "1234", passwordExpired = true }))
        {
            Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        }

        using var login = await host.Http.SendAsync(IcwsSession.LoginRequest(userId, "1234"));
        Assert.Equal(0, JsonDocument.Parse(await login.Content.ReadAsStringAsync()).RootElement.GetProperty("daysUntilPasswordExpiration").GetInt32());
        var session = await IcwsSession.LogInAsync(host.Http, userId, "1234");

        using (var refused = await session.SendAsync(HttpMethod.Get, "status/status-messages"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal("error.request.connection.passwordExpired", await ErrorIdAsync(refused));
        }

        using (var wrong = await session.SendAsync(HttpMethod.Post, "security/password", new { oldPassword = "nope", newPassword = "5678" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            var body = JsonDocument.Parse(await wrong.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("urn:inin.com:security:passwordError", body.GetProperty("__type").GetString());
            Assert.Equal(7, body.GetProperty("passwordErrors")[0].GetProperty("passwordPolicyErrorId").GetInt32());
        }

        using (var changed = await session.SendAsync(HttpMethod.Post, "security/password", new { oldPassword = "1234", newPassword = "5678" }))
        {
            Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        }

        using var allowed = await session.SendAsync(HttpMethod.Get, "status/status-messages");
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task The_configuration_api_lists_the_stations_and_the_users_own_rights()
    {
        var session = await IcwsSession.LogInAsync(host.Http, "agent3", "1234");

        using var stations = await session.SendAsync(HttpMethod.Get, "configuration/stations?select=configurationId");
        using var user = await session.SendAsync(HttpMethod.Get, "configuration/users/agent3?select=securityRights");

        var ids = JsonDocument.Parse(await stations.Content.ReadAsStringAsync()).RootElement.GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("configurationId").GetProperty("id").GetString()).ToList();
        Assert.Contains("station3", ids);
        var rights = JsonDocument.Parse(await user.Content.ReadAsStringAsync()).RootElement.GetProperty("securityRights");
        Assert.False(rights.GetProperty("remoteStationLogin").GetBoolean());
    }

    private async Task<string?> AgreementAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/icws/connection/server-info");
        request.Headers.AcceptLanguage.ParseAdd("en-US");
        using var response = await host.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var authentication = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("authentication");
        Assert.True(authentication.GetProperty("allowIcAuth").GetBoolean());
        return authentication.TryGetProperty("userAgreementText", out var text) ? text.GetString() : null;
    }

    private static async Task<string?> ErrorIdAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errorId").GetString();
}
