namespace PureConnect.IntegrationTests.Infrastructure;

/// <summary>Waits for an asynchronous outcome (events arrive through real processes), failing with the last value seen.</summary>
public static class Eventually
{
    public static async Task<T> MatchesAsync<T>(Func<Task<T>> probe, Func<T, bool> condition, TimeSpan? timeout = null, string? because = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        T last;
        while (true)
        {
            last = await probe();
            if (condition(last))
            {
                return last;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting{(because is null ? "" : " for " + because)}; last value: {last}");
            }

            await Task.Delay(50);
        }
    }
}
