namespace PureConnect.CrmProjector.CallLogs;

/// <summary>The CIC account and attribute for writing activity ids back (configuration section <c>ActivityIdWriteBack</c>).</summary>
public sealed class ActivityIdWriteBackOptions
{
    public string UserId { get; set; } = "";

    public string Password { get; set; } = "";

    public string AttributeName { get; set; } = "PureConnect_SalesforceActivityId";
}
