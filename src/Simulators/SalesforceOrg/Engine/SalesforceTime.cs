using System.Globalization;

namespace PureConnect.Simulators.SalesforceOrg.Engine;

/// <summary>Salesforce's dateTime text: <c>2025-01-31T09:30:00.000+0000</c>.</summary>
internal static class SalesforceTime
{
    public static string Format(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'+0000'", CultureInfo.InvariantCulture);
}
