using PureConnect.Simulators.CicServer.Options;

namespace PureConnect.Simulators.CicServer.Engine;

// Users, stations and workgroups: the seed at start-up and the control API at run time.
public sealed partial class CicEngine
{
    public void AddUser(UserSeed user) => Run(() => AddUserCore(user));

    public void AddStation(string stationId, string? extension = null) => Run(() => AddStationCore(stationId, extension));

    public void AddWorkgroup(string name, IReadOnlyList<string> members, bool activated = true) =>
        Run(() => AddWorkgroupCore(name, members, activated ? [] : members));

    /// <summary>Adds the user to the workgroup if needed and sets the activation.</summary>
    public void SetMemberActivation(string workgroup, string userId, bool activated) => Run(() =>
    {
        var group = _workgroups.GetValueOrDefault(workgroup)
            ?? throw NotFound($"Workgroup '{workgroup}' does not exist.");
        var user = _users.GetValueOrDefault(userId) ?? throw NotFound($"User '{userId}' does not exist.");
        group.Members[user.Id] = activated;
    });

    private void SeedDirectory(CicSimulatorOptions options)
    {
        var defaultUsers = options.Users.Count == 0;
        foreach (var user in defaultUsers ? DefaultSeedData.Users() : options.Users)
        {
            AddUserCore(user);
        }

        foreach (var station in options.Stations.Count > 0 ? options.Stations : DefaultSeedData.Stations())
        {
            AddStationCore(station, null);
        }

        var workgroups = options.Workgroups.Count > 0 || !defaultUsers ? options.Workgroups : DefaultSeedData.Workgroups();
        foreach (var workgroup in workgroups)
        {
            AddWorkgroupCore(workgroup.Name, workgroup.Members, workgroup.DeactivatedMembers);
            ConfigureWrapUpCore(workgroup.Name, WrapUpSettings.From(workgroup));
            _workgroups[workgroup.Name].Callbacks = CallbackSettings.From(workgroup);
            foreach (var right in workgroup.QueueRights)
            {
                _workgroups[workgroup.Name].QueueRights[right.UserId] = new WorkgroupQueueRights(right.View, right.Modify);
            }
        }

        foreach (var profile in options.AttendantProfiles.Count > 0 ? options.AttendantProfiles : DefaultSeedData.AttendantProfiles())
        {
            _attendantProfiles[profile.Name] = new AttendantProfile(profile.Name, profile.AllowTransfer, profile.Workgroup);
        }

        foreach (var code in options.AccountCodes.Count > 0 ? options.AccountCodes : DefaultSeedData.AccountCodes())
        {
            _accountCodes[code.Id] = new AccountCode(code.Id, code.Description ?? code.Id);
        }
    }

    private void AddUserCore(UserSeed seed)
    {
        if (string.IsNullOrWhiteSpace(seed.UserId) || string.IsNullOrEmpty(seed.Password))
        {
            throw Invalid("A user needs a userId and a password.");
        }

        if (_users.ContainsKey(seed.UserId))
        {
            throw Conflict($"User '{seed.UserId}' already exists.");
        }

        var allowed = seed.Statuses.Count > 0
            ? seed.Statuses.Select(id => _statusById.GetValueOrDefault(id)?.StatusId ?? throw Invalid($"Unknown status '{id}'."))
            : StatusMessages.Where(s => s.IsSelectableStatus).Select(s => s.StatusId);
        var extension = seed.Extension ?? (2000 + _users.Count).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _users[seed.UserId] = new SimUser(
            seed.UserId,
            seed.Password,
            seed.DisplayName ?? seed.UserId,
            extension,
            seed.CanUseRemoteStations,
            seed.CanMonitorQueues,
            new HashSet<string>(allowed, StringComparer.OrdinalIgnoreCase),
            _statusById[_options.DefaultStatusId],
            Now)
        {
            PasswordExpired = seed.PasswordExpired,
            DefaultWorkstationId = string.IsNullOrWhiteSpace(seed.DefaultWorkstationId) ? null : seed.DefaultWorkstationId,
            Rights = new UserRights(seed.CanRecordInteractions, seed.CanSnipInteractions, seed.HasRecorderAccessLicense, seed.CanRequestAssistance)
            {
                IntercomChat = seed.HasIntercomChatRight,
            },
            Dialer = new Dialer.DialerAgent(seed.HasDialerLicense, seed.CanLogonCampaign, seed.IsBlendedAgent),
        };
    }

    private void AddStationCore(string stationId, string? extension)
    {
        if (string.IsNullOrWhiteSpace(stationId))
        {
            throw Invalid("A station needs a stationId.");
        }

        if (_stations.ContainsKey(stationId))
        {
            throw Conflict($"Station '{stationId}' already exists.");
        }

        var number = extension ?? (7000 + _stations.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _stations[stationId] = new SimStation(stationId, number);
    }

    private void AddWorkgroupCore(string name, IReadOnlyList<string> members, IReadOnlyList<string> deactivated)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw Invalid("A workgroup needs a name.");
        }

        if (_workgroups.ContainsKey(name))
        {
            throw Conflict($"Workgroup '{name}' already exists.");
        }

        var workgroup = new SimWorkgroup(name);
        foreach (var member in members.Concat(deactivated))
        {
            var user = _users.GetValueOrDefault(member) ?? throw Invalid($"Workgroup member '{member}' is not a user.");
            workgroup.Members[user.Id] = !deactivated.Contains(member, StringComparer.OrdinalIgnoreCase);
        }

        _workgroups[name] = workgroup;
    }

    private static IcwsErrorException NotFound(string message) => new(404, ErrorIds.ControlNotFound, message);

    private static IcwsErrorException Conflict(string message) => new(409, ErrorIds.ControlConflict, message);

    private static IcwsErrorException Invalid(string message) => new(400, ErrorIds.ControlInvalid, message);
}
