namespace PureConnect.Icws.Dialer;

/// <summary>A campaign as Dialer messages name it; <see cref="TimeZone"/> only where the server sends one.</summary>
public sealed record DialerCampaignInfo(string Id, string Name, string? TimeZone = null);

/// <summary>A disposition the campaign script offers (<c>dispositions[]</c> of a data pop).</summary>
public sealed record DialerDispositionOption(string Label, string WrapUpCategory, string? WrapUpCode, bool Abandon)
{
    /// <summary>The wrap-up category of a disposition that schedules a callback.</summary>
    public const string ScheduledCategory = "Scheduled";

    public bool SchedulesCallback => string.Equals(WrapUpCategory, ScheduledCategory, StringComparison.OrdinalIgnoreCase);
}

/// <summary>The <c>call</c> of a <c>dataPopMessage</c>: a dialed campaign call or, when <see cref="IsPreview"/>, a preview.</summary>
public sealed record DialerDataPop(
    string InteractionId,
    string CampaignId,
    string? CampaignName,
    int DialingMode,
    IReadOnlyDictionary<string, string> Attributes,
    bool AutoDisconnectOnDisposition,
    bool AllowAgentCallbacks,
    IReadOnlyList<DialerDispositionOption> Dispositions,
    bool IsPreview,
    bool CallPlaced,
    int? PreviewTimeoutSeconds,
    bool AllowSkip,
    string? TimeZone);

/// <summary>The body of <c>dialer/disposition</c>: <see cref="ScheduledTime"/> and <see cref="ScheduledAgent"/> for a callback
/// (null agent: anyone).</summary>
public sealed record DialerDisposition(string Label, DateTimeOffset? ScheduledTime = null, string? ScheduledAgent = null, bool IsAbandon = false)
{
    /// <summary>The label that skips a preview call (reference §9.2).</summary>
    public const string SkipLabel = "Skipped - Agent Skip";
}

/// <summary><c>breakStatus</c>: 0 not on break, 1 break pending, 2 on break.</summary>
public enum DialerBreakStatus
{
    NotOnBreak = 0,
    BreakPending = 1,
    OnBreak = 2,
}
