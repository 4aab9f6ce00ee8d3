using System.Text;

namespace PureConnect.Salesforce.Search;

/// <summary>Builds the SOSL of the screen-pop search and its URL.</summary>
internal static class SoslQuery
{
    private const string Returning = "RETURNING Contact(Id,Name,Phone), Lead(Id,Name,Phone), Account(Id,Name,Phone)";

    /// <summary>
    /// <c>FIND {digits} IN PHONE FIELDS RETURNING ...</c>. Only the digits of the number are kept: punctuation and
    /// <c>+</c> are SOSL operators or separators, and how a real org tokenises formatted phone numbers is not documented.
    /// Null when fewer than two digits remain (SOSL rejects shorter terms).
    /// </summary>
    public static string? ForPhone(string phoneNumber)
    {
        var digits = new StringBuilder(phoneNumber.Length);
        foreach (var c in phoneNumber)
        {
            if (char.IsAsciiDigit(c))
                digits.Append(c);
        }

        return digits.Length < 2 ? null : $"FIND {{{digits}}} IN PHONE FIELDS {Returning}";
    }

    /// <summary><c>FIND {address} IN EMAIL FIELDS RETURNING Contact, Lead</c> (people only: the Name of an email's Task). SOSL's reserved
    /// characters are escaped; null when the text is not one plausible address.</summary>
    public static string? ForEmail(string address)
    {
        var trimmed = address.Trim();
        if (trimmed.Length is < 3 or > 254 || trimmed.IndexOf('@', StringComparison.Ordinal) <= 0 || trimmed.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
            return null;

        var escaped = new StringBuilder(trimmed.Length + 8);
        foreach (var c in trimmed)
        {
            if ("?&|!{}[]()^~*:\\\"'+-".Contains(c, StringComparison.Ordinal))
                escaped.Append('\\');
            escaped.Append(c);
        }

        return $"FIND {{{escaped}}} IN EMAIL FIELDS RETURNING Contact(Id,Name,Phone), Lead(Id,Name,Phone)";
    }

    /// <summary>The <c>search</c> resource below the data root, with <paramref name="sosl"/> URL-encoded.</summary>
    public static string Resource(string sosl) => "search/?q=" + Uri.EscapeDataString(sosl);
}
