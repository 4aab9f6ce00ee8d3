namespace PureConnect.Icws;

/// <summary>What a successful login established (internal hand-over from the connector to the session).</summary>
internal sealed record IcwsSessionInfo(
    string UserId,
    string? UserDisplayName,
    IReadOnlyList<string> AlternateHosts,
    IReadOnlyDictionary<string, int> Features,
    int? DaysUntilPasswordExpiration = null,
    string? IcServer = null,
    string? DefaultWorkstationId = null,
    string? EffectiveStationId = null);
