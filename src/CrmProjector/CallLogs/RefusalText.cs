using PureConnect.Salesforce;

namespace PureConnect.CrmProjector.CallLogs;

/// <summary>
/// What is kept and logged of a refusal: each error's code and fields, and its message unless the message repeats the
/// refused value (<c>STRING_TOO_LONG</c> answers "data value too large: &lt;the text&gt;"), which is an agent's or a
/// caller's words and stays out of logs and the operator list.
/// </summary>
public static class RefusalText
{
    public static string Of(IReadOnlyList<SalesforceError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return string.Join("; ", errors.Select(error =>
        {
            var fields = error.Fields.Count > 0 ? $" [{string.Join(", ", error.Fields)}]" : "";
            var message = error.ErrorCode == SalesforceErrorCodes.StringTooLong || error.Message.Contains("data value too large", StringComparison.OrdinalIgnoreCase)
                ? "value too long"
                : error.Message;
            return $"{error.ErrorCode}{fields}: {message}";
        }));
    }
}
