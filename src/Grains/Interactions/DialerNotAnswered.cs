namespace PureConnect.Grains.Interactions;

/// <summary>Spec, "Agent statuses in Interaction Dialer": "ACD – Not Answering: you received a call on your queue but did not
/// answer it". A campaign call that was alerting an agent and leaves them (off their queue, or to another agent) before it was
/// ever connected and without ending was not answered by that agent.</summary>
public static class DialerNotAnswered
{
    /// <summary>The agent who did not answer, comparing the interaction before and after what was just observed; else null.</summary>
    public static string? By(InteractionModel before, InteractionModel after) =>
        before is { UserId: { } agent, Status: InteractionStatus.Alerting, ConnectedAt: null, Features.IsDialer: true }
        && after.UserId != agent && after.ConnectedAt is null && !after.IsEnded
            ? agent
            : null;
}
