using System.Text.Json;
using PureConnect.Icws.UnitTests.Harness;

namespace PureConnect.Icws.UnitTests.Http;

/// <summary>What the multi-step login needs from the client: server-info, expired passwords, password change, rights, stations.</summary>
public sealed class LoginSupportTests
{
    [Fact]
    public async Task Server_info_gives_the_user_agreement_and_a_server_without_it_gives_none()
    {
        await using var server = await FakeIcwsServer.StartAsync();
        server.On("GET", "/icws/connection/server-info", 200,
            """{"languages":[{"languageID":"en-US","languageDisplayName":"English"}],"acceptLanguage":"en-US","authentication":{"allowIcAuth":true,"identityProviders":[],"userAgreementText":"Be nice."}}""");
        var connector = IcwsTestClient.Connector(server.Uri);

        var info = await connector.GetServerInfoAsync(IcwsTestClient.Deadline());

        Assert.Equal("Be nice.", info.UserAgreementText);
        Assert.True(info.UserAgreementRequired);
        Assert.Null(Assert.Single(server.Requests).Header("ININ-ICWS-CSRF-Token"));

        server.On("GET", "/icws/connection/server-info", 404, """{"errorId":"error.request.notFound","message":"no"}""");
        Assert.Equal(IcwsServerInfo.Unknown, await connector.GetServerInfoAsync(IcwsTestClient.Deadline()));
    }

    [Fact]
    public async Task Zero_days_until_password_expiration_marks_the_session_and_a_password_change_clears_it()
    {
        await using var server = await FakeIcwsServer.StartAsync();
        server.Login = context =>
        {
            context.Response.Headers.SetCookie = FakeIcwsServer.CookieValue + "; Path=/; HttpOnly";
            return FakeIcwsServer.Respond(context, 201, $$"""{"sessionId":"{{FakeIcwsServer.SessionId}}","csrfToken":"{{FakeIcwsServer.CsrfToken}}","daysUntilPasswordExpiration":0}""");
        };
        server.On("POST", "security/password", 200);

        await using var session = await IcwsTestClient.ConnectAsync(server);
        Assert.True(session.PasswordExpired);
        Assert.Equal(0, session.DaysUntilPasswordExpiration);

        await session.ChangePasswordAsync("old-one", "new-one", IcwsTestClient.Deadline());

        Assert.False(session.PasswordExpired);
        var change = server.SessionRequests().Single(r => r.Path.EndsWith("/security/password", StringComparison.Ordinal));
        using var body = JsonDocument.Parse(change.Body);
        Assert.Equal(("old-one", "new-one"), (body.RootElement.GetProperty("oldPassword").GetString(), body.RootElement.GetProperty("newPassword").GetString()));
    }

    [Fact]
    public async Task A_request_refused_for_an_expired_password_raises_password_expired_and_marks_the_session()
    {
        await using var server = await FakeIcwsServer.StartAsync();
        server.On("PUT", "connection/station", context =>
            FakeIcwsServer.Error(context, 400, "error.request.connection.passwordExpired", "The password has expired."));

        await using var session = await IcwsTestClient.ConnectAsync(server);
        Assert.False(session.PasswordExpired);

        await Assert.ThrowsAsync<IcwsPasswordExpiredException>(() => session.SetStationAsync(new WorkstationSettings("7001"), IcwsTestClient.Deadline()));
        Assert.True(session.PasswordExpired);
    }

    [Fact]
    public async Task A_login_refused_for_an_expired_password_is_not_taken_for_bad_credentials()
    {
        await using var server = await FakeIcwsServer.StartAsync();
        server.Login = context => FakeIcwsServer.Error(context, 400, "error.request.connection.passwordExpired", "The password has expired.");

        var ex = await Assert.ThrowsAsync<IcwsPasswordExpiredException>(() => IcwsTestClient.ConnectAsync(server));

        Assert.Equal("error.request.connection.passwordExpired", ex.ErrorId);
    }

    [Fact]
    public async Task A_refused_password_change_lists_the_policy_errors()
    {
        await using var server = await FakeIcwsServer.StartAsync();
        server.On("POST", "security/password", 400, """
            {"__type":"urn:inin.com:security:passwordError","errorId":"error.request.security.passwordPolicy","message":"Refused.",
             "passwordErrors":[{"passwordPolicyErrorId":7,"passwordPolicyErrorMsg":"The old password is not correct."},{"passwordPolicyErrorId":3,"passwordPolicyErrorMsg":"Too short."}]}
            """);
        await using var session = await IcwsTestClient.ConnectAsync(server);

        var ex = await Assert.ThrowsAsync<IcwsPasswordRejectedException>(() => session.ChangePasswordAsync("bad", "x", IcwsTestClient.Deadline()));

        Assert.Equal([7, 3], ex.Reasons.Select(r => r.Id));
        Assert.Equal("The old password is not correct.", ex.Reasons[0].Message);
    }

    [Theory]
    [InlineData("""{"securityRights":{"remoteStationLogin":true}}""", true)]
    [InlineData("""{"securityRights":{"RemoteStationLogin":false}}""", false)]
    [InlineData("""{"securityRights":["somethingElse",{"id":"remoteStationLogin"}]}""", true)]
    [InlineData("""{"securityRights":[]}""", false)]
    [InlineData("""{"configurationId":{"id":"agent1"}}""", null)]
    public async Task The_remote_station_right_is_read_in_either_shape_and_unknown_when_absent(string body, bool? expected)
    {
        await using var server = await FakeIcwsServer.StartAsync();
        server.On("GET", "configuration/users/agent1", 200, body);
        await using var session = await IcwsTestClient.ConnectAsync(server);

        Assert.Equal(expected, await session.CanUseRemoteStationsAsync(IcwsTestClient.Deadline()));
    }

    [Fact]
    public async Task Rights_and_stations_are_unknown_rather_than_errors_when_the_server_refuses()
    {
        await using var server = await FakeIcwsServer.StartAsync();
        server.On("GET", "configuration/users/agent1", context => FakeIcwsServer.Error(context, 403, "error.request.accessDenied", "No."));
        server.On("GET", "configuration/stations", context => FakeIcwsServer.Error(context, 403, "error.request.accessDenied", "No."));
        await using var session = await IcwsTestClient.ConnectAsync(server);

        Assert.Null(await session.CanUseRemoteStationsAsync(IcwsTestClient.Deadline()));
        Assert.Empty(await session.GetStationIdsAsync(IcwsTestClient.Deadline()));
    }

    [Fact]
    public async Task Station_ids_are_read_from_configuration_items()
    {
        await using var server = await FakeIcwsServer.StartAsync();
        server.On("GET", "configuration/stations", 200,
            """{"items":[{"configurationId":{"id":"station1","displayName":"Station 1"}},{"configurationId":{"id":"station2"}}]}""");
        await using var session = await IcwsTestClient.ConnectAsync(server);

        Assert.Equal(["station1", "station2"], await session.GetStationIdsAsync(IcwsTestClient.Deadline()));
        Assert.Equal("?select=configurationId", server.SessionRequests().Single(r => r.Path.EndsWith("/configuration/stations", StringComparison.Ordinal)).Query);
    }
}
