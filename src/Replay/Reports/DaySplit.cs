namespace PureConnect.Replay.Reports;

/// <summary>Splits a span of time at UTC midnights, so that each day gets its own share.</summary>
public static class DaySplit
{
    public static IEnumerable<(DateOnly Day, TimeSpan Duration)> Of(DateTimeOffset start, DateTimeOffset end)
    {
        var cursor = start.ToUniversalTime();
        var stop = end.ToUniversalTime();
        while (cursor < stop)
        {
            var nextMidnight = new DateTimeOffset(cursor.Date.AddDays(1), TimeSpan.Zero);
            var segmentEnd = nextMidnight < stop ? nextMidnight : stop;
            yield return (DateOnly.FromDateTime(cursor.UtcDateTime), segmentEnd - cursor);
            cursor = segmentEnd;
        }
    }

    public static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);
}
