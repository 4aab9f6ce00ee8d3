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

    /// <summary><c>FIND {address} IN EMAIL FIELDS RETURNING ...</c>; null for something that is not an e-mail address.</summary>
    public static string? ForEmail(string email)
    {
        var address = email.Trim();
        var at = address.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at < address.Length - 1 && address.IndexOf('@', at + 1) < 0 && !address.Any(char.IsWhiteSpace) && !address.Any(char.IsControl)
            ? $"FIND {{{Escape(address)}}} IN EMAIL FIELDS {Returning}"
            : null;
    }

    /// <summary><c>FIND {name} IN NAME FIELDS RETURNING ...</c>; null when fewer than two letters or digits remain (SOSL rejects
    /// shorter terms). Control characters go; SOSL's reserved characters are escaped, so a name never becomes an operator.</summary>
    public static string? ForName(string name)
    {
        var cleaned = new string([.. name.Where(c => !char.IsControl(c))]).Trim();
        if (cleaned.Length > 80)
            cleaned = cleaned[..80];

        return cleaned.Count(char.IsLetterOrDigit) < 2 ? null : $"FIND {{{Escape(cleaned)}}} IN NAME FIELDS {Returning}";
    }

    /// <summary>SOSL's reserved characters (<c>? &amp; | ! { } [ ] ( ) ^ ~ * : \ " ' + -</c>) escaped with a backslash.</summary>
    public static string Escape(string term)
    {
        var escaped = new StringBuilder(term.Length + 8);
        foreach (var c in term)
        {
            if ("?&|!{}[]()^~*:\\\"'+-".Contains(c, StringComparison.Ordinal))
                escaped.Append('\\');
            escaped.Append(c);
        }

        return escaped.ToString();
    }

    /// <summary>The <c>search</c> resource below the data root, with <paramref name="sosl"/> URL-encoded.</summary>
    public static string Resource(string sosl) => "search/?q=" + Uri.EscapeDataString(sosl);
}
