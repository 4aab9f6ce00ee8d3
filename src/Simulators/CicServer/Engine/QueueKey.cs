namespace PureConnect.Simulators.CicServer.Engine;

internal enum QueueKind
{
    User = 1,
    Workgroup = 2,
}

/// <summary>A queue a subscription can watch; names are case-insensitive, so the key holds them upper-cased.</summary>
internal readonly record struct QueueKey(QueueKind Kind, string Name)
{
    public static QueueKey ForUser(string userId) => new(QueueKind.User, userId.ToUpperInvariant());

    public static QueueKey ForWorkgroup(string name) => new(QueueKind.Workgroup, name.ToUpperInvariant());
}
