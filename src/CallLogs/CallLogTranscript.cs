using System.Globalization;
using System.Text;

namespace PureConnect.CallLogs;

/// <summary>
/// A chat's Task Description: the agent's comments, then the transcript oldest first, one line per text
/// (<c>[time] Name: text</c>, the time in the call center's locale and time zone). Salesforce keeps at most
/// <see cref="MaxLength"/> characters: a longer transcript is cut at the end, marked with an ellipsis line.
/// </summary>
public static class CallLogTranscript
{
    public const int MaxLength = 32_000;
    private const string Cut = "\n…";

    public static string? Description(string? comments, IReadOnlyList<CallLogChatLine> transcript, CallLogOptions options)
    {
        if (transcript.Count == 0)
        {
            return comments;
        }

        var locale = CultureInfo.GetCultureInfo(options.Culture);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        var text = new StringBuilder();
        if (!string.IsNullOrEmpty(comments))
        {
            text.Append(comments).Append("\n\n");
        }

        foreach (var line in transcript)
        {
            var time = TimeZoneInfo.ConvertTime(line.SentAt, zone).ToString(locale.DateTimeFormat.LongTimePattern, locale).Replace('\u202F', ' ');
            text.Append('[').Append(time).Append("] ").Append(line.Name).Append(": ").Append(line.Text).Append('\n');
        }

        var description = text.ToString().TrimEnd('\n');
        return description.Length <= MaxLength ? description : string.Concat(description.AsSpan(0, MaxLength - Cut.Length), Cut);
    }
}
