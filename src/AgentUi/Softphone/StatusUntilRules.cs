namespace PureConnect.AgentUi.Softphone;

/// <summary>
/// The "until" of a status with a date or a time (spec: "Set status notes and details", e.g. At Lunch until 1:30 PM, On Vacation until a
/// date), typed in the agent's local time and sent as an instant. A time alone means its next occurrence (today, or tomorrow when it has
/// passed); a date alone means the start of that day; nothing typed means no until.
/// </summary>
public static class StatusUntilRules
{
    public static bool Asks(bool canHaveDate, bool canHaveTime) => canHaveDate || canHaveTime;

    public static DateTimeOffset? ToUntil(DateOnly? date, TimeOnly? time, bool canHaveDate, bool canHaveTime, TimeSpan utcOffset, DateTimeOffset now)
    {
        var day = canHaveDate ? date : null;
        var at = canHaveTime ? time : null;
        if (day is null && at is null)
        {
            return null;
        }

        var localNow = now.ToOffset(utcOffset);
        var localDay = day ?? DateOnly.FromDateTime(localNow.DateTime);
        var until = new DateTimeOffset(localDay.ToDateTime(at ?? TimeOnly.MinValue), utcOffset);
        return day is null && until <= localNow ? until.AddDays(1) : until;
    }

    /// <summary>Whether the until is in the future (CIC ignores an until that has passed).</summary>
    public static bool IsAhead(DateTimeOffset? until, DateTimeOffset now) => until is null || until > now;

    /// <summary>The until as the agent reads it in the status bar: the time for today, the date and time otherwise; null when none is ahead.</summary>
    public static string? Display(DateTimeOffset? until, TimeSpan utcOffset, DateTimeOffset now, System.Globalization.CultureInfo culture)
    {
        if (until is not { } value || value <= now)
        {
            return null;
        }

        var local = value.ToOffset(utcOffset);
        var today = DateOnly.FromDateTime(now.ToOffset(utcOffset).DateTime) == DateOnly.FromDateTime(local.DateTime);
        var text = today ? local.ToString("t", culture) : local.ToString("g", culture);
        return text.Replace('\u202F', ' ').Replace('\u00A0', ' ');
    }
}
