namespace PureConnect.AgentUi.Softphone;

/// <summary>The dial pad's keys, and what AgentApi accepts as DTMF for a connected call: 0-9, *, #, A-D, at most 32 at a time.</summary>
public static class DialPadRules
{
    public const int MaxDigits = 32;

    public static IReadOnlyList<string> Keys { get; } = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "0", "#"];

    public static bool IsDtmf(string? digits) =>
        !string.IsNullOrEmpty(digits) && digits.Length <= MaxDigits && digits.All(c => char.IsAsciiDigit(c) || c is '*' or '#' or >= 'A' and <= 'D');
}
