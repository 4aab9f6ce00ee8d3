
namespace PureConnect.Grains.Interactions;

/// <summary>An ICWS attribute set translated into domain terms (see <see cref="IcwsInteractionTranslator"/>). <see cref="UserId"/> is
/// the user CIC assigned it to (<c>Eic_UserName</c>; without it, the user whose queue reported it); <see cref="Unassigned"/>: CIC says no
/// user has it.</summary>
public sealed record ObservedInteraction(
    string InteractionId,
    string ObjectType,
    InteractionStatus Status,
    DisconnectedBy DisconnectedBy,
    InteractionDirection Direction,
    string RemoteAddress,
    string RemoteName,
    string? Workgroup,
    string? UserId,
    bool Internal,
    bool? Muted,
    DateTimeOffset? InitiatedAt,
    DateTimeOffset? ConnectedAt,
    DateTimeOffset? TerminatedAt,
    DateTimeOffset ObservedAt,
    ObservedFeatures? Features = null,
    bool Unassigned = false,
    Callbacks.ObservedCallback? Callback = null);

/// <summary>Attributes beyond state (null: the observation did not carry them, so nothing is concluded).</summary>
public sealed record ObservedFeatures(string? ConferenceId, int? ConferenceMembers, bool IsDialer, string? AccountCode, bool? SnippetRecording);
