using System.Globalization;
using PureConnect.Replay.Reports;

namespace PureConnect.Replay.Output;

/// <summary>How cells read: for a person (the terminal table) and for a machine (CSV and JSON: seconds, ISO 8601 UTC times).</summary>
public static class CellText
{
    /// <summary>The column's name in CSV and JSON: a duration says its unit.</summary>
    public static string MachineName(ReportColumn column) => column.Kind == CellKind.Duration ? column.Name + "_seconds" : column.Name;

    public static string ForPerson(object? value) => value switch
    {
        null => "",
        TimeSpan d => $"{(int)d.TotalHours}:{d:mm\\:ss}",
        DateTimeOffset t => t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    public static string ForMachine(object? value) => value switch
    {
        null => "",
        TimeSpan d => Math.Round(d.TotalSeconds, 3).ToString(CultureInfo.InvariantCulture),
        DateTimeOffset t => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
