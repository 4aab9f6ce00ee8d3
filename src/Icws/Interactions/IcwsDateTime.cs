using System.Globalization;

namespace PureConnect.Icws.Interactions;

/// <summary>ICWS dates: compact <c>yyyyMMddTHHmmssZ</c> (what servers send) or extended ISO 8601.</summary>
public static class IcwsDateTime
{
    private const DateTimeStyles Styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;

    private static readonly string[] Formats =
    [
        "yyyyMMdd'T'HHmmss'Z'", "yyyyMMdd'T'HHmmss.FFFFFFF'Z'", "yyyyMMdd'T'HHmmss", "yyyyMMdd'T'HHmmssK",
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
    ];

    /// <summary>Parses either form; a value without zone is UTC. The result has a zero offset.</summary>
    public static bool TryParse(string? value, out DateTimeOffset result)
    {
        if (!string.IsNullOrWhiteSpace(value)
            && DateTimeOffset.TryParseExact(value.Trim(), Formats, CultureInfo.InvariantCulture, Styles, out var parsed))
        {
            result = parsed.ToUniversalTime();
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>Formats in the compact UTC form, e.g. <c>20240312T141503Z</c>.</summary>
    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
}
