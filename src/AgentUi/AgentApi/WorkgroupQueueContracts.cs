namespace PureConnect.AgentUi.AgentApi;

/// <summary>A workgroup queue as AgentApi shows it (docs/agent-api.md, "Workgroup queues").</summary>
public sealed record WorkgroupQueue(string Workgroup, int Limit, int Matching, IReadOnlyList<WorkgroupQueueRow> Interactions);

/// <summary>One interaction of a workgroup queue; <see cref="User"/> is empty while it waits.</summary>
public sealed record WorkgroupQueueRow(
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

public sealed record WorkgroupQueueList(IReadOnlyList<string> Workgroups);
