namespace PureConnect.Grains.Dialer;

[GenerateSerializer, Immutable, Alias("PureConnect.DialerCampaign")]
public sealed record DialerCampaign([property: Id(0)] string Id, [property: Id(1)] string Name, [property: Id(2)] string? TimeZone = null);

[GenerateSerializer, Immutable, Alias("PureConnect.DialerDispositionOption")]
public sealed record DialerDispositionOption(
    [property: Id(0)] string Label, [property: Id(1)] string WrapUpCategory, [property: Id(2)] bool Abandon)
{
    /// <summary>A disposition of the <c>Scheduled</c> wrap-up category opens the callback form.</summary>
    public bool SchedulesCallback => string.Equals(WrapUpCategory, "Scheduled", StringComparison.OrdinalIgnoreCase);
}

/// <summary>A campaign call and its data pop: the contact's attributes and the dispositions offered.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.DialerCall")]
public sealed record DialerCall(
    [property: Id(0)] string InteractionId,
    [property: Id(1)] DialerCampaign Campaign,
    [property: Id(2)] DialerMode Mode,
    [property: Id(3)] IReadOnlyDictionary<string, string> Attributes,
    [property: Id(4)] IReadOnlyList<DialerDispositionOption> Dispositions,
    [property: Id(5)] bool AutoDisconnectOnDisposition,
    [property: Id(6)] bool AllowCallbacks,
    [property: Id(7)] bool AllowSkip,
    [property: Id(8)] bool Placed,
    [property: Id(9)] DateTimeOffset? PreviewDeadline,
    [property: Id(10)] string? Key = null);

/// <summary>A scheduled callback: when (UTC instant), and to whom (<see cref="ToMe"/>: the agent; else anyone).</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.DialerCallback")]
public sealed record DialerCallback([property: Id(0)] DateTimeOffset At, [property: Id(1)] bool ToMe);

public enum DialerMode
{
    Preview,
    Predictive,
    Power,
    Other,
}

public enum DialerBreak
{
    None,
    Requested,
    OnBreak,
}

/// <summary>The spec's Dialer statuses: Available, Campaign Call, Follow Up (disconnected, waiting for a disposition),
/// ACD - Not Answering; On Break while on a break.</summary>
public enum DialerStatus
{
    Available,
    CampaignCall,
    FollowUp,
    AcdNotAnswering,
    OnBreak,
}
