
namespace PureConnect.Grains.Interactions;

/// <summary>An ICWS attribute set translated into domain terms (see <see cref="IcwsInteractionTranslator"/>).</summary>
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
    DateTimeOffset ObservedAt);
