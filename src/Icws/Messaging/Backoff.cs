namespace PureConnect.Icws.Messaging;

/// <summary>Exponential back-off from a base delay, capped at 30 seconds.</summary>
internal static class Backoff
{
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(30);

    public static TimeSpan Delay(TimeSpan baseDelay, int failures)
    {
        var factor = Math.Pow(2, Math.Clamp(failures - 1, 0, 16));
        var delay = TimeSpan.FromTicks((long)Math.Min(baseDelay.Ticks * factor, Cap.Ticks));
        return delay > TimeSpan.Zero ? delay : TimeSpan.FromMilliseconds(1);
    }
}
