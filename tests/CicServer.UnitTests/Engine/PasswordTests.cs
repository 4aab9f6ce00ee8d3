using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.Options;
using PureConnect.Simulators.CicServer.UnitTests.Support;

namespace PureConnect.Simulators.CicServer.UnitTests.Engine;

public sealed class PasswordTests
{
    private static EngineHarness WithExpiredUser(Action<CicSimulatorOptions>? configure = null)
    {
        var harness = new EngineHarness(configure);
        harness.Engine.AddUser(new UserSeed { UserId = "expired1", Password = "1234", PasswordExpired = true });
        return harness;
    }

    [Fact]
    public void An_expired_password_still_logs_in_and_reports_zero_days_left_until_it_is_changed()
    {
        var harness = WithExpiredUser(o => o.DaysUntilPasswordExpiration = 30);
        var session = harness.LogIn("expired1");

        Assert.True(harness.Engine.MustChangePassword(session));
        Assert.Equal(0, harness.Engine.DaysUntilPasswordExpiration(session));

        harness.Engine.ChangePassword(session, "1234", "5678");

        Assert.False(harness.Engine.MustChangePassword(session));
        Assert.Equal(30, harness.Engine.DaysUntilPasswordExpiration(session));
        Assert.Throws<IcwsErrorException>(() => harness.LogIn("expired1", password: "1234"));
        Assert.NotNull(harness.LogIn("expired1", password: "5678"));
    }

    [Fact]
    public void When_configured_so_an_expired_password_refuses_the_login_with_the_configured_error()
    {
        var harness = WithExpiredUser(o =>
        {
            o.ExpiredPasswordRefusesLogin = true;
            o.PasswordExpiredErrorId = "error.custom.passwordExpired";
            o.PasswordExpiredStatusCode = 403;
        });

        var ex = Assert.Throws<IcwsErrorException>(() => harness.LogIn("expired1"));

        Assert.Equal((403, "error.custom.passwordExpired"), (ex.StatusCode, ex.ErrorId));
    }

    [Fact]
    public void A_password_change_with_a_wrong_old_password_or_a_too_short_new_one_is_refused_with_the_policy_errors()
    {
        var harness = new EngineHarness(o => o.MinPasswordLength = 6);
        var session = harness.LogIn("agent1");

        var wrongOld = Assert.Throws<PasswordRejectedException>(() => harness.Engine.ChangePassword(session, "nope", "long-enough"));
        var tooShort = Assert.Throws<PasswordRejectedException>(() => harness.Engine.ChangePassword(session, "1234", "abc"));
        var reused = Assert.Throws<PasswordRejectedException>(() => harness.Engine.ChangePassword(session, "1234", "1234"));

        Assert.Equal([7], wrongOld.Problems.Select(p => p.PasswordPolicyErrorId));
        Assert.Equal([3], tooShort.Problems.Select(p => p.PasswordPolicyErrorId));
        Assert.Contains(1, reused.Problems.Select(p => p.PasswordPolicyErrorId));
        Assert.NotNull(harness.LogIn("agent1", password: "1234"));
    }

    [Fact]
    public void A_user_reads_their_own_remote_station_right_but_not_another_users()
    {
        var harness = new EngineHarness(o => o.RemoteStationsRight = "remoteStations");
        harness.Engine.AddUser(new UserSeed { UserId = "remote1", Password = "1234", CanUseRemoteStations = true });

        var own = harness.Engine.GetUserConfiguration(harness.LogIn("remote1"), "remote1");
        var plain = harness.Engine.GetUserConfiguration(harness.LogIn("agent1"), "agent1");

        Assert.True(own.SecurityRights["remoteStations"]);
        Assert.False(plain.SecurityRights["remoteStations"]);
        Assert.Equal(403, Assert.Throws<IcwsErrorException>(() => harness.Engine.GetUserConfiguration(harness.LogIn("agent2"), "remote1")).StatusCode);
    }

    [Fact]
    public void The_user_agreement_comes_from_the_options_until_the_control_api_replaces_or_clears_it()
    {
        var harness = new EngineHarness(o => o.UserAgreementText = "Rules.");

        Assert.Equal("Rules.", harness.Engine.UserAgreementText);
        harness.Engine.UserAgreementText = "New rules.";
        Assert.Equal("New rules.", harness.Engine.UserAgreementText);
        harness.Engine.UserAgreementText = " ";
        Assert.Null(harness.Engine.UserAgreementText);
    }
}
