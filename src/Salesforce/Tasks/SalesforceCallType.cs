namespace PureConnect.Salesforce.Tasks;

/// <summary>Values of the restricted picklist <c>Task.CallType</c>.</summary>
public enum SalesforceCallType
{
    /// <summary>The customer called in.</summary>
    Inbound,

    /// <summary>The agent called out.</summary>
    Outbound,

    /// <summary>A call between two users of the contact center.</summary>
    Internal,
}
