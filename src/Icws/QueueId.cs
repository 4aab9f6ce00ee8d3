namespace PureConnect.Icws;

/// <summary>Identifies a queue: its type and name (user id, workgroup name or station id).</summary>
public sealed record QueueId(QueueType Type, string Name);
