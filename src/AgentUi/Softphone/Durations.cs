using System.Globalization;

namespace PureConnect.AgentUi.Softphone;

/// <summary>Durations as the softphone writes them: hh:mm:ss (spec: time in status), hours not wrapped at 24.</summary>
public static class Durations
{
    public static string Format(TimeSpan duration)
    {
        var seconds = Math.Max(0, (long)duration.TotalSeconds);
        return string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600:00}:{seconds / 60 % 60:00}:{seconds % 60:00}");
    }
}
