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

    /// <summary>The <c>search</c> resource below the data root, with <paramref name="sosl"/> URL-encoded.</summary>
    public static string Resource(string sosl) => "search/?q=" + Uri.EscapeDataString(sosl);
}
