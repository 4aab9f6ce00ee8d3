namespace PureConnect.AgentUi.Softphone;

/// <summary>The views of the queue window (spec: "Workgroup Queues view": "The My Interactions and Voicemail views also appear in this
/// browser window").</summary>
public enum QueueWindowTab
{
    Queues,
    Interactions,
    Voicemail,
}

public static class QueueWindowTabs
{
    /// <summary>The view named in the window's address (<c>?view=</c>); the Workgroup Queues view otherwise.</summary>
    public static QueueWindowTab Parse(string? view) => view?.ToLowerInvariant() switch
    {
        "interactions" => QueueWindowTab.Interactions,
        "voicemail" => QueueWindowTab.Voicemail,
        _ => QueueWindowTab.Queues,
    };
}
