using PureConnect.AgentUi.AgentApi;

namespace PureConnect.AgentUi.Softphone;

/// <summary>Spec, "Wrap up a call": the form shows once a call from a workgroup with wrap-up codes disconnects, and goes
/// away when a code is assigned or the time allowed runs out (the server then assigns the ambiguous code).</summary>
public static class WrapUpRules
{
    public static bool IsOpen(InteractionItem item) => item.WrapUp is { Status: "Open" };

    /// <summary>Whether the interaction belongs in the list: not yet deallocated, or still waiting for its wrap-up code.</summary>
    public static bool IsListed(InteractionItem item) => !item.Deallocated || IsOpen(item);

    /// <summary>Time left to pick a code; zero once the deadline passed.</summary>
    public static TimeSpan TimeLeft(InteractionItem item, DateTimeOffset now) =>
        item.WrapUp is { } wrapUp && wrapUp.Deadline > now ? wrapUp.Deadline - now : TimeSpan.Zero;

    /// <summary>The form shows while the prompt is open and time is left.</summary>
    public static bool ShowsForm(InteractionItem item, DateTimeOffset now) => IsOpen(item) && TimeLeft(item, now) > TimeSpan.Zero;
}
