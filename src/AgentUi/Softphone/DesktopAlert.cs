namespace PureConnect.AgentUi.Softphone;

/// <summary>
/// Spec, "Desktop alerts": while the softphone is not in front, an alerting interaction shows a desktop notification (its click brings
/// the softphone to the front), rings, and flashes the tab's title.
/// </summary>
public sealed record DesktopAlert(string Title, string Body)
{
    /// <summary>The tab title that alternates with the page's own while the alert lasts.</summary>
    public string FlashTitle => string.IsNullOrEmpty(Body) ? Title : $"{Title}: {Body}";

    /// <summary>Who is calling, as the alert bar and the notification say it: the name, then the number (formatted), whichever are known.</summary>
    public static string Party(string? name, string? formattedNumber) =>
        string.Join(" ", new[] { name, formattedNumber }.Where(s => !string.IsNullOrWhiteSpace(s)).Distinct());
}
