using PureConnect.Grains.Dialer;

namespace PureConnect.Grains.UnitTests.Dialer;

/// <summary>Dialer states built from events, as the tests' "given".</summary>
internal static class DialerGiven
{
    public static readonly DateTimeOffset T0 = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    public static readonly DialerCampaign Spring = new("c1", "Spring", "America/New_York");
    public static readonly DialerCampaign Fall = new("c2", "Fall");

    public static readonly IReadOnlyList<DialerDispositionOption> Dispositions =
    [
        new("Sale", "Success", false),
        new("Schedule a Callback", "Scheduled", false),
        new("Abandoned", "Failure", true),
    ];

    public static DialerState State(params DialerEvent[] events) => events.Aggregate(DialerState.Initial, DialerDecider.Evolve);

    public static DialerState LoggedIn(bool right = true, params DialerCampaign[] campaigns) => State(
        [new DialerLoggedIn(right, T0), new DialerCampaignsAvailable([Spring, Fall], right, T0),
         .. campaigns.Select(c => (DialerEvent)new DialerCampaignJoined(c, false, T0))]);

    public static DialerCall Call(DialerMode mode = DialerMode.Predictive, bool allowSkip = true, bool callbacks = true, int? previewSeconds = null) =>
        new("1001", Spring, mode, new Dictionary<string, string> { ["account"] = "A-1" }, Dispositions, false, callbacks, allowSkip,
            mode != DialerMode.Preview, previewSeconds is { } s ? T0.AddSeconds(s) : null);

    public static DialerState WithCall(this DialerState state, DialerCall call) => DialerDecider.Evolve(state, new DialerCallPopped(call, T0));
}
