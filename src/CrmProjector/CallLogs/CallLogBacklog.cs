using System.Diagnostics.Metrics;
using Npgsql;

namespace PureConnect.CrmProjector.CallLogs;

/// <summary>
/// Meter <c>PureConnect.CrmProjector</c>, gauges <c>pureconnect.calllogs.pending</c> (call logs waiting to be written to
/// Salesforce) and <c>pureconnect.calllogs.failed</c> (call logs Salesforce refused for good, listed at
/// <c>/operations/call-log-failures</c>). One query on two partial indexes every <see cref="RefreshInterval"/>, whoever
/// observes and however often: the gauges read the last counts (none before the first query, or after a failed one).
/// </summary>
public sealed partial class CallLogBacklog(NpgsqlDataSource dataSource, ILogger<CallLogBacklog> logger) : BackgroundService
{
    public const string MeterName = "PureConnect.CrmProjector";
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(5);
    private static readonly Meter Meter = new(MeterName);
    private static Counts? _latest;

    static CallLogBacklog()
    {
        Meter.CreateObservableGauge("pureconnect.calllogs.pending", () => Observe(c => c.Pending), "{call_log}",
            "Call logs waiting to be written to Salesforce");
        Meter.CreateObservableGauge("pureconnect.calllogs.failed", () => Observe(c => c.Failed), "{call_log}",
            "Call logs Salesforce refused for good, waiting for an operator or their next change");
    }

    /// <summary>The counts of the last query (null before the first one or after a failed one).</summary>
    public static (long Pending, long Failed)? Latest => Volatile.Read(ref _latest) is { } counts ? (counts.Pending, counts.Failed) : null;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(RefreshInterval);
        do
        {
            try
            {
                await using var command = dataSource.CreateCommand(
                    "SELECT (SELECT count(*) FROM call_logs WHERE dirty), (SELECT count(*) FROM call_logs WHERE refused_at IS NOT NULL)");
                await using var reader = await command.ExecuteReaderAsync(stoppingToken);
                await reader.ReadAsync(stoppingToken);
                Volatile.Write(ref _latest, new Counts(reader.GetInt64(0), reader.GetInt64(1)));
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException && !stoppingToken.IsCancellationRequested)
            {
                Volatile.Write(ref _latest, null);
                LogQueryFailed(ex.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    private static IEnumerable<Measurement<long>> Observe(Func<Counts, long> value) =>
        Volatile.Read(ref _latest) is { } counts ? [new Measurement<long>(value(counts))] : [];

    [LoggerMessage(Level = LogLevel.Debug, Message = "Could not count the pending and failed call logs: {Reason}")]
    private partial void LogQueryFailed(string reason);

    private sealed record Counts(long Pending, long Failed);
}
