using System.Globalization;
using System.Text;

namespace PureConnect.CallLogs;

/// <summary>
/// A callback's Task Description (spec: "Respond to callbacks"): the agent's comments, then the customer-provided details — the
/// number to call back and the requester's message — the retries made and how the callback ended, one line each.
/// </summary>
public static class CallLogCallbackDetails
{
    public static string Description(string? comments, CallLogCallback callback)
    {
        var text = new StringBuilder();
        if (!string.IsNullOrEmpty(comments))
        {
            text.Append(comments).Append("\n\n");
        }

        text.Append("Callback number: ").Append(callback.Phone);
        if (!string.IsNullOrWhiteSpace(callback.Message))
        {
            text.Append("\nMessage: ").Append(callback.Message);
        }

        if (callback.Retries > 0)
        {
            text.Append("\nRetries: ").Append(callback.Retries.ToString(CultureInfo.InvariantCulture));
        }

        if (callback.Outcome is { } outcome)
        {
            text.Append("\nOutcome: ").Append(outcome);
        }

        var description = text.ToString();
        return description.Length <= CallLogTranscript.MaxLength ? description : description[..CallLogTranscript.MaxLength];
    }
}
