namespace PureConnect.AgentApi.Contracts;

/// <summary>A workgroup queue (spec: "Workgroup Queues view"): the interactions shown (at most <see cref="Limit"/>, retrieved in the limit
/// order), and how many matched the filter in all.</summary>
public sealed record WorkgroupQueueResponse(string Workgroup, int Limit, int Matching, IReadOnlyList<WorkgroupQueueInteractionDto> Interactions);

/// <summary>One interaction of a workgroup queue. <see cref="State"/>: Offering (waiting), Alerting, Dialing, Connected, Held, Voicemail,
/// Disconnected; <see cref="User"/> is empty while it waits; <see cref="Type"/> is CIC's object type (Call, Chat, Callback, …).</summary>
public sealed record WorkgroupQueueInteractionDto(
    string InteractionId,
    string Type,
    string State,
    string StateText,
    string RemoteName,
    string RemoteAddress,
    string User,
    string Direction,
    DateTimeOffset? InitiatedAt,
    string Subject);

/// <summary>The workgroups whose queues the agent may choose from (their own).</summary>
public sealed record WorkgroupQueueListResponse(IReadOnlyList<string> Workgroups);
