namespace PureConnect.CallLogs;

/// <summary>Call-log settings of the call center (configuration section <c>CallLogs</c>).</summary>
public sealed class CallLogOptions
{
    /// <summary>Off: no Task is written at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Also log calls that never connected (missed, abandoned).</summary>
    public bool LogUnconnectedCalls { get; set; }

    /// <summary>How long after the disconnect the call log may still change; afterwards it is locked.</summary>
    public TimeSpan EditWindow { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Locale of the subject's date and time ("Call 8/10/2015, 8:55:17 AM" in en-US).</summary>
    public string Culture { get; set; } = "en-US";

    /// <summary>Time zone of the subject's date and time (IANA id).</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>Where a campaign call's campaign goes on its Task: <c>Subject</c> (default: "Campaign: Call …" unless the agent
    /// typed a subject), the API name of a custom text field (e.g. <c>PureConnect_Campaign__c</c>), or empty for nowhere.</summary>
    public string? DialerCampaignField { get; set; } = "Subject";

    /// <summary>Where a chat's transcript goes: the Task's <c>Description</c> (default) or an <c>Attachment</c>, one text file per Task
    /// that a changed transcript replaces with a new version.</summary>
    public ChatTranscriptPlacement ChatTranscript { get; set; } = ChatTranscriptPlacement.Description;

    public bool CampaignInSubject => string.Equals(DialerCampaignField, "Subject", StringComparison.OrdinalIgnoreCase);
}
