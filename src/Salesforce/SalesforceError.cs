namespace PureConnect.Salesforce;

/// <summary>One error reported by Salesforce, from either shape: <c>{message, errorCode, fields}</c> (a failed
/// request) or <c>{statusCode, message, fields}</c> (an item of a collection).</summary>
public sealed record SalesforceError(string ErrorCode, string Message, IReadOnlyList<string> Fields)
{
    /// <summary>A row lock (<c>UNABLE_TO_LOCK_ROW</c>), also when a trigger wraps it in another code.</summary>
    public bool IsRowLock =>
        ErrorCode == SalesforceErrorCodes.UnableToLockRow ||
        Message.Contains(SalesforceErrorCodes.UnableToLockRow, StringComparison.Ordinal);
}
