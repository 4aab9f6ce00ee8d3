using Npgsql;

namespace PureConnect.Persistence.EventStore;

/// <summary>
/// Retries an operation that failed with a transient Npgsql error (connection lost, server restarting,
/// deadlock, serialization failure). Only for operations that are safe to repeat: every operation of the
/// event store is (appends are recognised by their event ids, snapshot writes keep the newer version).
/// </summary>
internal static class TransientRetry
{
    private const int MaxAttempts = 4;

    public static async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await operation(cancellationToken);
            }
            catch (NpgsqlException ex) when (ex.IsTransient && attempt < MaxAttempts && !cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50 * Math.Pow(4, attempt - 1)), cancellationToken); // 50, 200, 800 ms
            }
        }
    }
}
