using PureConnect.AgentUi.AgentApi;

namespace PureConnect.AgentUi.Softphone;

/// <summary>Spec, "Securely pause a recording": the countdown runs to the server's end time and stays visible on every screen; it
/// cannot be cancelled, and a second click starts it over at the maximum (the server answers with the new end).</summary>
public static class SecurePauseRules
{
    /// <summary>Time left of this agent's secure pause; null when none runs.</summary>
    public static TimeSpan? TimeLeft(InteractionItem item, DateTimeOffset now) =>
        item.Calls?.SecurePauseEndsAt is { } endsAt && endsAt > now ? endsAt - now : null;
}
