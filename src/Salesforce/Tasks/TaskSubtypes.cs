namespace PureConnect.Salesforce.Tasks;

/// <summary>Values of <c>Task.TaskSubtype</c> the integration uses.</summary>
public static class TaskSubtypes
{
    /// <summary>A call log.</summary>
    public const string Call = "Call";

    /// <summary>An email interaction's log.</summary>
    public const string Email = "Email";
}
