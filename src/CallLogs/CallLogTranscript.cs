using System.Globalization;
using System.Text;

namespace PureConnect.CallLogs;

/// <summary>
/// A chat's transcript on its Task, oldest first, one line per text (<c>[time] Name: text</c>, the time in the call center's locale
/// and time zone). In the Description (after the agent's comments) Salesforce keeps at most <see cref="MaxLength"/> characters; as
/// a file (<see cref="ChatTranscriptPlacement.Attachment"/>) it keeps up to <see cref="MaxFileLength"/>. A longer transcript is cut at
/// the end, marked with an ellipsis line. The text stays exactly as typed: the file is plain text, so markup in it is never run.
/// </summary>
public static class CallLogTranscript
{
    public const int MaxLength = 32_000;

    /// <summary>A transcript file's limit: far beyond any chat, well within what one Salesforce request carries.</summary>
    public const int MaxFileLength = 2_000_000;

    /// <summary>The name of the transcript file on the Task (its <c>PathOnClient</c>).</summary>
    public const string FileName = "chat-transcript.txt";

    private const string Cut = "\n…";

    public static string? Description(string? comments, IReadOnlyList<CallLogChatLine> transcript, CallLogOptions options)
    {
        if (transcript.Count == 0)
        {
            return comments;
        }

        var text = new StringBuilder();
        if (!string.IsNullOrEmpty(comments))
        {
            text.Append(comments).Append("\n\n");
        }

        return Limited(Lines(text, transcript, options), MaxLength);
    }

    /// <summary>The text of the transcript file; null when nobody has written anything yet.</summary>
    public static string? File(IReadOnlyList<CallLogChatLine> transcript, CallLogOptions options) =>
        transcript.Count == 0 ? null : Limited(Lines(new StringBuilder(), transcript, options), MaxFileLength) + "\n";

    private static string Lines(StringBuilder text, IReadOnlyList<CallLogChatLine> transcript, CallLogOptions options)
    {
        var locale = CultureInfo.GetCultureInfo(options.Culture);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        foreach (var line in transcript)
        {
            var time = TimeZoneInfo.ConvertTime(line.SentAt, zone).ToString(locale.DateTimeFormat.LongTimePattern, locale).Replace('\u202F', ' ');
            text.Append('[').Append(time).Append("] ").Append(line.Name).Append(": ").Append(line.Text).Append('\n');
        }

        return text.ToString().TrimEnd('\n');
    }

    private static string Limited(string text, int max) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, max - Cut.Length), Cut);
}
