using PureConnect.Grains.Calls;
using PureConnect.Grains.Interactions;

namespace PureConnect.Replay.UnitTests.Infrastructure;

/// <summary>The events of typical calls, as the interaction grain stores them.</summary>
public static class Calls
{
    public static InteractionEvent[] Answered(string agent, string workgroup, DateTimeOffset start, int ringSeconds, int talkSeconds,
        int holdSeconds = 0, int wrapUpSeconds = 0, string? code = null)
    {
        var connected = start.AddSeconds(ringSeconds);
        var ended = connected.AddSeconds(talkSeconds + holdSeconds);
        List<InteractionEvent> events =
        [
            Discovered(workgroup, start),
            new InteractionAssigned(agent, start),
            new InteractionAlerting(agent, start),
            new InteractionConnected(connected),
        ];
        if (holdSeconds > 0)
        {
            var held = connected.AddSeconds(talkSeconds / 2);
            events.Add(new InteractionHeld(held));
            events.Add(new InteractionRetrieved(held.AddSeconds(holdSeconds)));
        }

        events.Add(new InteractionDisconnected(DisconnectedBy.Remote, ended));
        if (code is not null)
        {
            events.Add(new WrapUpPrompted(agent, workgroup, [], "Ambiguous", ended.AddMinutes(2), ended));
            events.Add(new WrapUpAssigned(code, code, agent, ended.AddSeconds(wrapUpSeconds)));
        }

        return [.. events];
    }

    /// <summary>Rang at <paramref name="agent"/> who did not answer; the caller hung up.</summary>
    public static InteractionEvent[] Abandoned(string agent, string workgroup, DateTimeOffset start, int ringSeconds) =>
    [
        Discovered(workgroup, start),
        new InteractionAssigned(agent, start),
        new InteractionAlerting(agent, start),
        new InteractionDisconnected(DisconnectedBy.Remote, start.AddSeconds(ringSeconds)),
    ];

    public static InteractionDiscovered Discovered(string workgroup, DateTimeOffset at, InteractionDirection direction = InteractionDirection.Inbound) =>
        new("100" + at.ToUnixTimeSeconds(), "Call", direction, "+13175550100", "Caller", workgroup, false, at, at);

    public static InteractionTransferred Transferred(string agent, DateTimeOffset at) =>
        new(agent, new TransferTarget(TransferTargetKind.User, "agent9"), false, at);
}
