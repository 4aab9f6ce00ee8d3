namespace PureConnect.CallLogs;

/// <summary>Where a chat's transcript goes on its call-log Task (<see cref="CallLogOptions.ChatTranscript"/>).</summary>
public enum ChatTranscriptPlacement
{
    /// <summary>In the Task's Description after the agent's comments (cut at Salesforce's 32,000 characters).</summary>
    Description,

    /// <summary>As a text file attached to the Task (Salesforce Files); the Description keeps the agent's comments.</summary>
    Attachment,
}
