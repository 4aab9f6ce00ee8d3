namespace PureConnect.Grains.Agents;

/// <summary>One message of the agent's voicemail box (spec: "Voicemail view"): unheard until played or marked read.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.VoicemailItem")]
public sealed record VoicemailItem(string Id, bool Read, DateTimeOffset? ReceivedAt, string From, string Subject, TimeSpan? Duration, bool HasFile);

/// <summary>The agent's voicemail box newest first, and how many unheard messages wait (the Voicemail button's badge).</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.VoicemailBoxResult")]
public sealed record VoicemailBoxResult(CommandResult Result, IReadOnlyList<VoicemailItem> Messages, int Waiting);

/// <summary>A voicemail message's audio file (spec: "Download").</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.VoicemailFileResult")]
public sealed record VoicemailFileResult(CommandResult Result, byte[]? Content, string ContentType, string FileName);

/// <summary>What may be asked of the voicemail box before anything goes to CIC.</summary>
public static class VoicemailRules
{
    public const int MaxNumberLength = 32;

    /// <summary>Null when <paramref name="number"/> is a phone number to play a message to (digits, with + ( ) - . and spaces); else the refusal.</summary>
    public static CommandResult? CheckNumber(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        var trimmed = number.Trim();
        return trimmed.Length is > 0 and <= MaxNumberLength && trimmed.Any(char.IsAsciiDigit)
            && trimmed.All(c => char.IsAsciiDigit(c) || c is '+' or '(' or ')' or '-' or '.' or ' ')
            && trimmed.LastIndexOf('+') <= 0
            ? null
            : CommandResult.Fail("voicemail.invalidNumber", $"'{number}' is not a phone number to play the message to.");
    }

    /// <summary>A message id as the agent sent it: not empty, short, no control characters.</summary>
    public static bool IsId(string? id) => !string.IsNullOrWhiteSpace(id) && id.Length <= 128 && !id.Any(char.IsControl);
}
