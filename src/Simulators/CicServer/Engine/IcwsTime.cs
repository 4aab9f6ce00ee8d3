using System.Globalization;

namespace PureConnect.Simulators.CicServer.Engine;

/// <summary>ICWS dates: real servers emit the compact ISO form <c>yyyyMMddTHHmmssZ</c>.</summary>
public static class IcwsTime
{
    private const string CompactFormat = "yyyyMMdd'T'HHmmss'Z'";

    public static string Compact(DateTimeOffset value) =>
        value.UtcDateTime.ToString(CompactFormat, CultureInfo.InvariantCulture);

    /// <summary>Parses the compact form and the extended form <c>yyyy-MM-ddTHH:mm:ss(.fff)Z</c>.</summary>
    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        const DateTimeStyles Utc = DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal;
        if (DateTimeOffset.TryParseExact(text, CompactFormat, CultureInfo.InvariantCulture, Utc, out value))
        {
            return true;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, Utc, out value);
    }
}
