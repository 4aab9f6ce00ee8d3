namespace PureConnect.CrmProjector.CallLogs;

/// <summary>
/// Who owns a call log's Task (section <c>TaskOwners</c>): the Salesforce user of the agent who had the call. A configured
/// <see cref="Map"/> first, else a look-up of the <c>User</c> whose <see cref="MatchField"/> holds the CIC user id (docs/salesforce-console.md, section 6).
/// </summary>
public sealed class TaskOwnerOptions
{
    public const string Section = "TaskOwners";

    /// <summary>CIC user id → Salesforce user id (<c>005…</c>); wins over the look-up.</summary>
    public Dictionary<string, string> Map { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The <c>User</c> field that holds the CIC user id: <c>FederationIdentifier</c> (the default), <c>Email</c>, or any
    /// other text field; empty: no look-up (Tasks of unmapped agents stay with the integration user).</summary>
    public string MatchField { get; set; } = "FederationIdentifier";

    /// <summary>With <see cref="MatchField"/> <c>Email</c>: the domain added to a CIC user id that is not an e-mail address.</summary>
    public string? EmailDomain { get; set; }

    /// <summary>How long a user found is remembered.</summary>
    public TimeSpan CacheLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long "no such user" is remembered before asking again.</summary>
    public TimeSpan MissCacheLifetime { get; set; } = TimeSpan.FromMinutes(1);
}
