using PureConnect.AgentUi.AgentApi;

namespace PureConnect.AgentUi.Softphone;

/// <summary>One entry of the Email view's list: an email or a reply (<see cref="Indented"/> under its email), active or expired.</summary>
public sealed record EmailTab(InteractionItem Item, bool Expired, bool Indented);

/// <summary>
/// The Email view (spec: "Email views"): the agent's email interactions, active ones and expired ones as separate groups; each reply or
/// forward indented under the email it answers; the controls across the top mirror the softphone's. Addresses are split on semicolons
/// as the agent types them (spec: "separating each address with a semi-colon").
/// </summary>
public static class EmailViewRules
{
    public const string ObjectType = "Email Interaction";

    public static readonly IReadOnlyList<CallControl> Controls = [CallControl.Pickup, CallControl.Hold, CallControl.Transfer, CallControl.Disconnect];

    public static bool IsEmail(InteractionItem? item) =>
        item is not null && (item.Email is not null || string.Equals(item.ObjectType, ObjectType, StringComparison.OrdinalIgnoreCase));

    public static bool IsReply(InteractionItem item) => item.Email is { Kind: not ("Received" or "New") };

    /// <summary>Active emails first (oldest first), then expired ones; each followed by its replies (indented) in the order they were made.
    /// A reply whose email is not on the list stands on its own.</summary>
    public static IReadOnlyList<EmailTab> Tabs(IReadOnlyList<InteractionItem> interactions)
    {
        var emails = interactions.Where(IsEmail).ToList();
        var ids = emails.Select(e => e.InteractionId).ToHashSet(StringComparer.Ordinal);
        var children = emails.Where(e => IsReply(e) && e.Email!.ParentInteractionId is { } parent && ids.Contains(parent))
            .ToLookup(e => e.Email!.ParentInteractionId!, StringComparer.Ordinal);
        var roots = emails.Where(e => !(IsReply(e) && e.Email!.ParentInteractionId is { } parent && ids.Contains(parent)))
            .OrderBy(e => Expired(e))
            .ThenBy(e => e.FirstSeenAt ?? DateTimeOffset.MaxValue)
            .ThenBy(e => e.Key, StringComparer.Ordinal);
        var tabs = new List<EmailTab>();
        foreach (var root in roots)
        {
            tabs.Add(new EmailTab(root, Expired(root), Indented: false));
            tabs.AddRange(children[root.InteractionId].OrderBy(c => c.FirstSeenAt ?? DateTimeOffset.MaxValue).Select(c => new EmailTab(c, Expired(c), Indented: true)));
        }

        return tabs;
    }

    public static bool Expired(InteractionItem item) => !InteractionRules.IsActive(item);

    /// <summary>The entry shown: the agent's choice while listed, else the alerting email, else the first active one, else the first.</summary>
    public static EmailTab? Shown(IReadOnlyList<EmailTab> tabs, string? chosenKey) =>
        tabs.FirstOrDefault(t => t.Item.Key == chosenKey)
        ?? tabs.FirstOrDefault(t => InteractionRules.StateOf(t.Item) == CallState.Alerting)
        ?? tabs.FirstOrDefault(t => !t.Expired)
        ?? tabs.FirstOrDefault();

    private static readonly string[] AudioExtensions = [".wav", ".mp3", ".ogg", ".oga", ".m4a", ".aac", ".flac", ".opus", ".weba"];

    /// <summary>An audio file a browser can play (spec: "Attached files": a Play button in place of the file type icon).</summary>
    public static bool IsAudio(string fileName) => AudioExtensions.Any(e => fileName.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>A picture an <c>img</c> may show inline (an email's inline part, an image in a reply): raster types only. SVG is left
    /// out (it is a document that can carry script), as is anything unnamed.</summary>
    public static bool IsInlineImage(string? contentType) =>
        contentType?.Split(';')[0].Trim().ToLowerInvariant() is "image/png" or "image/jpeg" or "image/gif" or "image/webp" or "image/bmp";

    /// <summary>Addresses as typed: separated by semicolons (or commas), blanks dropped, <c>Name &lt;address&gt;</c> understood.</summary>
    public static IReadOnlyList<EmailAddressRequest> ParseAddresses(string? typed) =>
        [.. (typed ?? "").Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Parse)];

    /// <summary>Addresses as the field shows them: <c>Name &lt;address&gt;</c> when the name differs, separated by "; ".</summary>
    public static string FormatAddresses(IReadOnlyList<EmailAddress> addresses) =>
        string.Join("; ", addresses.Select(a => a.Address is null || a.Name == a.Address || string.IsNullOrWhiteSpace(a.Name) ? a.Address ?? a.Name : $"{a.Name} <{a.Address}>"));

    /// <summary>What the header shows: names only, or (details shown) the complete addresses.</summary>
    public static string Display(IReadOnlyList<EmailAddress> addresses, bool details) =>
        details ? FormatAddresses(addresses) : string.Join("; ", addresses.Select(a => string.IsNullOrWhiteSpace(a.Name) ? a.Address : a.Name));

    private static EmailAddressRequest Parse(string entry)
    {
        var open = entry.LastIndexOf('<');
        var close = entry.LastIndexOf('>');
        return open >= 0 && close > open
            ? new EmailAddressRequest(entry[(open + 1)..close].Trim(), entry[..open].Trim().Trim('"') is { Length: > 0 } name ? name : null)
            : new EmailAddressRequest(entry);
    }
}
