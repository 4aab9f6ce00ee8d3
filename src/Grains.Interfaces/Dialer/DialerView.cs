namespace PureConnect.Grains.Dialer;

/// <summary>The agent's Interaction Dialer as the softphone shows it.</summary>
/// <param name="RegularStatusesAllowed">False while logged in to Dialer and not on break: only the Dialer statuses show.</param>
/// <param name="Call">The last campaign call while it waits for its disposition (data pop, dispositions, preview timer).</param>
/// <param name="Notices">Recent automatic log-ins/log-outs and the like, newest last ("You logged out of Dialer.").</param>
[GenerateSerializer, Immutable, Alias("PureConnect.DialerView")]
public sealed record DialerView(
    [property: Id(0)] bool LoggedIn,
    [property: Id(1)] bool CanLogonCampaign,
    [property: Id(2)] IReadOnlyList<DialerCampaign> AvailableCampaigns,
    [property: Id(3)] IReadOnlyList<DialerCampaign> Campaigns,
    [property: Id(4)] IReadOnlyList<string> PendingLogOffs,
    [property: Id(5)] bool PendingFullLogOff,
    [property: Id(6)] DialerBreak Break,
    [property: Id(7)] DialerStatus? Status,
    [property: Id(8)] bool RegularStatusesAllowed,
    [property: Id(9)] DialerCall? Call,
    [property: Id(10)] IReadOnlyList<DialerNotice> Notices);

/// <summary>A message for the bottom of the softphone: <paramref name="Text"/> in English, <paramref name="Kind"/> (one of
/// <see cref="DialerNoticeKinds"/>) and <paramref name="Subject"/> (a campaign name) for the softphone to say it in the agent's language.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.DialerNotice")]
public sealed record DialerNotice(
    [property: Id(0)] string Text, [property: Id(1)] DateTimeOffset At, [property: Id(2)] string? Kind = null, [property: Id(3)] string? Subject = null);

public static class DialerNoticeKinds
{
    public const string CampaignJoined = "campaignJoined";
    public const string CampaignLeft = "campaignLeft";
    public const string LoggedOut = "loggedOut";
    public const string SwitchedOver = "switchedOver";
    public const string SessionEnded = "sessionEnded";
    public const string OnBreak = "onBreak";
}

/// <summary>A disposition the agent submits: a label offered, and for a callback its time and target.</summary>
/// <param name="CallbackAt">ISO 8601 with an offset, or (with <paramref name="TheirTime"/>) a local time in the campaign's zone.</param>
[GenerateSerializer, Immutable, Alias("PureConnect.SubmitDisposition")]
public sealed record SubmitDisposition(
    [property: Id(0)] string Label, [property: Id(1)] string? CallbackAt = null, [property: Id(2)] bool TheirTime = false,
    [property: Id(3)] bool CallbackToMe = false);
