using PureConnect.Simulators.CicServer.Contracts;

namespace PureConnect.Simulators.CicServer.Engine;

// Passwords, the user agreement and what the configuration API tells a logged-in user.
public sealed partial class CicEngine
{
    private string? _userAgreementText;
    private bool _userAgreementSet;

    /// <summary>The user agreement of server-info: the option until the control API sets another (null or empty: none).</summary>
    public string? UserAgreementText
    {
        get => Run(() => _userAgreementSet ? _userAgreementText : _options.UserAgreementText);
        set => Run(() =>
        {
            _userAgreementText = string.IsNullOrWhiteSpace(value) ? null : value;
            _userAgreementSet = true;
        });
    }

    /// <summary>Whether the session's user must change an expired password before using the session.</summary>
    public bool MustChangePassword(Session session) => session.User.PasswordExpired;

    /// <summary><c>daysUntilPasswordExpiration</c> for the login response: 0 once expired.</summary>
    public int? DaysUntilPasswordExpiration(Session session) =>
        session.User.PasswordExpired ? 0 : _options.DaysUntilPasswordExpiration;

    /// <summary>Changes the session user's password; a refusal is a 400 <c>passwordError</c> listing what is wrong.</summary>
    public void ChangePassword(Session session, string oldPassword, string newPassword) => Run(() =>
    {
        EnsureAlive(session);
        var user = session.User;
        var problems = new List<PasswordPolicyError>();
        if (!string.Equals(user.Password, oldPassword, StringComparison.Ordinal))
        {
            problems.Add(new PasswordPolicyError(7, "The old password is not correct."));
        }
        else if (string.Equals(oldPassword, newPassword, StringComparison.Ordinal))
        {
            problems.Add(new PasswordPolicyError(1, "The new password was used recently."));
        }

        if (newPassword.Length < _options.MinPasswordLength)
        {
            problems.Add(new PasswordPolicyError(3, $"The new password must have at least {_options.MinPasswordLength} characters."));
        }

        if (problems.Count > 0)
        {
            throw new PasswordRejectedException(problems);
        }

        user.Password = newPassword;
        user.PasswordExpired = false;
    });

    /// <summary>Marks a user's password as expired (control API).</summary>
    /// <summary>Sets (null: clears) a user's default workstation, reported at login as <c>defaultWorkstationId</c>.</summary>
    public void SetDefaultWorkstation(string userId, string? stationId) => Run(() =>
    {
        var user = _users.GetValueOrDefault(userId) ?? throw NotFound($"User '{userId}' does not exist.");
        user.DefaultWorkstationId = string.IsNullOrWhiteSpace(stationId) ? null : stationId.Trim();
    });

    /// <summary>
    /// What a login asks with <c>include=default-workstation,effective-station</c>: the user's default workstation and the
    /// station the user is on through another session (null when none).
    /// </summary>
    public (string? DefaultWorkstationId, string? EffectiveStationId) LoginExtras(Session session) => Run(() =>
    {
        var effective = session.User.Sessions.Where(s => s != session).Select(s => s.Station).FirstOrDefault(s => s is not null);
        return (session.User.DefaultWorkstationId, effective?.Id);
    });

    public void ExpirePassword(string userId) => Run(() =>
    {
        var user = _users.GetValueOrDefault(userId) ?? throw NotFound($"User '{userId}' does not exist.");
        user.PasswordExpired = true;
    });

    /// <summary>The security rights of a user as the configuration API shows them; a user may read only their own.</summary>
    public UserConfiguration GetUserConfiguration(Session session, string userId) => Run(() =>
    {
        EnsureAlive(session);
        if (!string.Equals(session.UserId, userId, StringComparison.OrdinalIgnoreCase))
        {
            throw new IcwsErrorException(403, ErrorIds.AccessDenied, "The user may not read another user's configuration.");
        }

        var user = session.User;
        // [U] Right names: the recording rights and the Recorder Access license are reported beside the remote-station right.
        var rights = new Dictionary<string, bool>
        {
            [_options.RemoteStationsRight] = user.CanUseRemoteStations,
            ["recordInteractions"] = user.Rights.RecordInteractions,
            ["snipInteractions"] = user.Rights.SnipInteractions,
            ["recorderAccess"] = user.Rights.RecorderAccessLicense,
            ["requestAssistance"] = user.Rights.RequestAssistance,
            ["intercomChat"] = user.Rights.IntercomChat,
        };
        // The workgroups the user is an active member of (select=workgroups; Advanced Dial may dial on their behalf).
        var workgroups = _workgroups.Values.Where(w => w.Members.TryGetValue(user.Id, out var active) && active)
            .Select(w => new ConfigurationId(w.Name, w.Name, $"/configuration/workgroups/{w.Name}")).ToList();
        return new UserConfiguration(new ConfigurationId(user.Id, user.DisplayName, $"/configuration/users/{user.Id}"), rights, workgroups);
    });

    /// <summary>Every configured workstation, as the configuration API lists them.</summary>
    public IReadOnlyList<ConfigurationItem> ListStations() => Run(() => (IReadOnlyList<ConfigurationItem>)
        [.. _stations.Values.OrderBy(s => s.Id, StringComparer.OrdinalIgnoreCase)
            .Select(s => new ConfigurationItem(new ConfigurationId(s.Id, s.Id, $"/configuration/stations/{s.Id}")))]);

    /// <summary>The refusal of a request made with an expired password (status and id configurable, [U]).</summary>
    public IcwsErrorException PasswordExpired() =>
        new(_options.PasswordExpiredStatusCode, _options.PasswordExpiredErrorId, "The password has expired and must be changed.");
}
