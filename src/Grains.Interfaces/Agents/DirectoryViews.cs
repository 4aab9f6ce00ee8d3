namespace PureConnect.Grains.Agents;

/// <summary>One match of the transfer dialog's type-ahead: a user (with status, on-phone and logged-in), a workgroup or an Attendant
/// profile. <see cref="Kind"/> is the transfer target kind to use.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.DirectoryMatch")]
public sealed record DirectoryMatch(Calls.TransferTargetKind Kind, string Id, string DisplayName, string? Extension, string? StatusId, bool? OnPhone,
    bool? LoggedIn, bool? AllowsTransfer, string? StatusText = null);

/// <summary>The matches shown and whether more matched than were shown (spec: "a message indicating additional entries are available").</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.DirectorySearchView")]
public sealed record DirectorySearchView(IReadOnlyList<DirectoryMatch> Matches, bool MoreAvailable);

/// <summary>What the Advanced Dial section offers this agent: account codes (required when enabled), the workgroups the agent is active
/// in, and whether the agent left the section open last time.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.AdvancedDialOptions")]
public sealed record AdvancedDialOptions(bool AccountCodesEnabled, IReadOnlyList<AccountCodeOption> AccountCodes, IReadOnlyList<string> Workgroups, bool Open);

[GenerateSerializer, Immutable, Alias("PureConnect.AccountCodeOption")]
public sealed record AccountCodeOption(string Id, string Description);

/// <summary>One workgroup the agent belongs to and whether they take its ACD interactions (spec: "Change your workgroup activation status").</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.WorkgroupActivationView")]
public sealed record WorkgroupActivationView(string Workgroup, bool Activated);

/// <summary>The outcome of reading or changing workgroup activations, and the agent's activations afterwards (empty on failure).</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.WorkgroupActivationsResult")]
public sealed record WorkgroupActivationsResult(CommandResult Result, IReadOnlyList<WorkgroupActivationView> Workgroups);
