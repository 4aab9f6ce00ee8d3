namespace PureConnect.CrmProjector;

/// <summary>
/// How long a start-up check against the org waits after its n-th failure in a row: 1, 2, 4, 8 … seconds, at most a maximum.
/// The first failures are usually the org not answering yet (the projector starts beside it and does not wait for it); an org
/// that keeps failing is asked no more often than the maximum.
/// </summary>
public static class StartupRetry
{
    private static readonly TimeSpan First = TimeSpan.FromSeconds(1);

    public static TimeSpan Delay(int failures, TimeSpan max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failures, 1);
        var delay = First * Math.Pow(2, Math.Min(failures - 1, 30));
        return delay < max ? delay : max;
    }
}
