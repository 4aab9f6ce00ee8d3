using System.Globalization;
using System.Text.RegularExpressions;

namespace PureConnect.Replay.Reports.Workgroups;

/// <summary>The length of a report interval (<c>15m</c>, <c>1h</c>, <c>1d</c>): a whole number of minutes that divides a day.</summary>
public sealed partial record ReportInterval(TimeSpan Length)
{
    public static readonly ReportInterval Default = new(TimeSpan.FromHours(1));

    public static bool TryParse(string text, out ReportInterval? interval, out string error)
    {
        interval = null;
        var match = Pattern().Match(text.Trim());
        if (!match.Success)
        {
            error = $"'{text}' is not an interval: write a number and m, h or d (15m, 1h, 1d).";
            return false;
        }

        var count = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var length = match.Groups[2].Value switch
        {
            "m" => TimeSpan.FromMinutes(count),
            "h" => TimeSpan.FromHours(count),
            _ => TimeSpan.FromDays(count),
        };
        if (length <= TimeSpan.Zero || length > TimeSpan.FromDays(1) || TimeSpan.FromDays(1).Ticks % length.Ticks != 0)
        {
            error = $"'{text}' does not divide a day into equal intervals (15m, 30m, 1h, 1d do).";
            return false;
        }

        interval = new ReportInterval(length);
        error = "";
        return true;
    }

    /// <summary>The start of the interval (UTC) that holds <paramref name="at"/>.</summary>
    public DateTimeOffset StartOf(DateTimeOffset at)
    {
        var utc = at.UtcTicks;
        return new DateTimeOffset(utc - (utc % Length.Ticks), TimeSpan.Zero);
    }

    /// <summary>As it is written on the command line (15m, 1h, 1d), so that <c>--help</c> shows the default that way.</summary>
    public override string ToString() =>
        Length.Ticks % TimeSpan.TicksPerDay == 0 ? $"{Length.Ticks / TimeSpan.TicksPerDay}d"
        : Length.Ticks % TimeSpan.TicksPerHour == 0 ? $"{Length.Ticks / TimeSpan.TicksPerHour}h"
        : $"{Length.Ticks / TimeSpan.TicksPerMinute}m";

    [GeneratedRegex("^([0-9]{1,4})([mhd])$")]
    private static partial Regex Pattern();
}
