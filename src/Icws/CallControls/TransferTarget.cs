namespace PureConnect.Icws;

/// <summary>
/// Where a transfer or consult goes: a <c>target</c> string (number, extension, user, workgroup or attendant profile
/// name, resolved by the server) or a <c>queueID</c> (a user's or workgroup's queue). Exactly one is set (reference §7.4–7.5).
/// </summary>
public sealed record TransferTarget
{
    private TransferTarget(string? target, QueueId? queue) => (Target, Queue) = (target, queue);

    /// <summary>The <c>target</c> string, when the server resolves the destination.</summary>
    public string? Target { get; }

    /// <summary>The <c>queueID</c>, when the destination is a queue.</summary>
    public QueueId? Queue { get; }

    /// <summary>A number, extension or name the server resolves.</summary>
    public static TransferTarget ToAddress(string target)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        return new(target.Trim(), null);
    }

    /// <summary>A user's queue (the call alerts there).</summary>
    public static TransferTarget ToUser(string userId) => ToQueue(QueueType.User, userId);

    /// <summary>A workgroup's queue (ACD).</summary>
    public static TransferTarget ToWorkgroup(string workgroup) => ToQueue(QueueType.Workgroup, workgroup);

    /// <summary>An Interaction Attendant profile, by name (blind transfer only).</summary>
    public static TransferTarget ToAttendantProfile(string profile) => ToAddress(profile);

    private static TransferTarget ToQueue(QueueType type, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new(null, new QueueId(type, name));
    }
}
