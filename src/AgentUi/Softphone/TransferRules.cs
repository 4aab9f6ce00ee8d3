using PureConnect.AgentUi.AgentApi;

namespace PureConnect.AgentUi.Softphone;

/// <summary>Who an interaction goes to: a directory match, or the typed text dialed as digits.</summary>
public sealed record TransferChoice(string Kind, string Target, string Label, bool DialAsDigits);

/// <summary>
/// Spec, "Transfer an interaction": blind to anyone; consult only for calls, and only to a person or a number (workgroups and Attendant
/// profiles are blind only); while a consult runs the agent completes it, drops the consulted party, talks to both, or holds both.
/// </summary>
public static class TransferRules
{
    /// <summary>How long typing must pause before the directory is searched.</summary>
    public static readonly TimeSpan SearchDelay = TimeSpan.FromMilliseconds(300);

    public const int MaxMatches = 10;

    public static IReadOnlyList<string> ConsultActions { get; } = ["complete", "disconnect", "both", "neither"];

    public static bool IsAvailable(InteractionItem item) =>
        InteractionRules.StateOf(item) is CallState.Connected or CallState.Held or CallState.Alerting or CallState.Dialing && !ConferenceRules.IsConference(item);

    public static bool CanBlind(InteractionItem item, TransferChoice? choice) =>
        choice is not null && InteractionRules.StateOf(item) is not CallState.Dialing && IsAvailable(item) && item.Calls?.Consult is null;

    public static bool CanConsult(InteractionItem item, TransferChoice? choice) =>
        CanBlind(item, choice) && IsCall(item) && choice!.Kind is "User" or "OutsideNumber";

    /// <summary>The interaction whose consult is in progress, seen from <paramref name="selected"/>: itself, or the call it is the consult leg of.</summary>
    public static InteractionItem? ConsultOf(IEnumerable<InteractionItem> items, InteractionItem selected) =>
        selected.Calls?.Consult is not null
            ? selected
            : items.FirstOrDefault(i => i.Calls is { Consult: not null, ConsultInteractionId: { } leg } && leg == selected.InteractionId);

    /// <summary>Who is consulted, by name: the consult call's party as CIC names it (a user's display name); null when not known.</summary>
    public static string? ConsultedName(IEnumerable<InteractionItem> items, InteractionItem consult) =>
        consult.Calls is { ConsultInteractionId: { } leg } && items.FirstOrDefault(i => i.InteractionId == leg) is { RemoteName: { Length: > 0 } name }
            ? name
            : null;

    /// <summary>Whether the typed text can be offered as a number to dial ("dial as digits").</summary>
    public static bool IsDialable(string? text) =>
        !string.IsNullOrWhiteSpace(text) && text.Any(char.IsAsciiDigit) && text.All(c => char.IsAsciiDigit(c) || c is '+' or '-' or ' ' or '(' or ')' or '.');

    public static TransferChoice Choose(DirectoryMatch match) => new(match.Kind, match.Id, match.DisplayName, false);

    public static TransferChoice DialAsDigits(string text) => new("OutsideNumber", text.Trim(), text.Trim(), true);

    private static bool IsCall(InteractionItem item) => item.ObjectType is null or "Call";
}
