namespace PureConnect.Grains.Agents.Presence;

/// <summary>Which way a status map carries a change (spec: "single direction or bi-directional status mapping").</summary>
public enum SyncDirection
{
    CicToOmni = 1,
    OmniToCic = 2,
    TwoWay = 3,
}

/// <summary>One status pair: a CIC status id and an Omni-Channel presence status id (<c>0N5…</c>).</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.PresenceMap")]
public sealed record PresenceMap([property: Id(0)] string CicStatusId, [property: Id(1)] string OmniStatusId, [property: Id(2)] SyncDirection Direction);

/// <summary>An Omni-Channel presence status of the org; <paramref name="Routable"/> when it has service channels (it routes work).</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.OmniStatus")]
public sealed record OmniStatus([property: Id(0)] string Id, [property: Id(1)] string DeveloperName, [property: Id(2)] string Label,
    [property: Id(3)] bool Routable);

/// <summary>
/// The administrator's Omni-Channel sync settings, checked against the org: the maps, the org's presence statuses, and the
/// transition statuses each side takes when the other leaves a mapped status for one with no map.
/// </summary>
[GenerateSerializer, Immutable, Alias("PureConnect.PresenceSyncSettings")]
public sealed record PresenceSyncSettings(
    [property: Id(0)] IReadOnlyList<PresenceMap> Maps,
    [property: Id(1)] IReadOnlyList<OmniStatus> OmniStatuses,
    [property: Id(2)] string? TransitionCicStatusId = null,
    [property: Id(3)] string? TransitionOmniStatusId = null)
{
    public static readonly PresenceSyncSettings Off = new([], []);

    public bool Enabled => Maps.Count > 0;
}
