using System.Collections.Concurrent;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PureConnect.IcwsIngest;

/// <summary>
/// Readiness of the ingest: healthy while the monitoring session is up; degraded while a queue subscription CIC reported
/// faulted has not delivered a fresh snapshot again, and for <see cref="ParkedWorkShown"/> after a grain call was parked
/// (<c>GET /operations/parked</c>), so that an operator notices.
/// </summary>
public sealed class IngestHealth(TimeProvider time) : IHealthCheck
{
    public static readonly TimeSpan ParkedWorkShown = TimeSpan.FromMinutes(15);

    private volatile Uri? _server;
    private volatile string? _lastFailure;
    private long _parkedCount;
    private long _lastParkedTicks;
    private readonly ConcurrentDictionary<string, byte> _faulted = new(StringComparer.Ordinal);

    /// <summary>A new monitoring session is up; its subscriptions are all fresh.</summary>
    public void Connected(Uri server)
    {
        _faulted.Clear();
        _server = server;
    }

    /// <summary>The session ended or could not be opened; <paramref name="reason"/> is said by the health check until the next session.</summary>
    public void Disconnected(string? reason = null)
    {
        _server = null;
        _lastFailure = reason;
    }

    /// <summary>CIC reported the queue subscription faulted: its queue is not delivered until it is put again.</summary>
    public void SubscriptionFaulted(string subscriptionId) => _faulted.TryAdd(subscriptionId, 0);

    /// <summary>The subscription delivered a fresh snapshot: its queue is watched again.</summary>
    public void SubscriptionRecovered(string subscriptionId) => _faulted.TryRemove(subscriptionId, out _);

    /// <summary>A grain call was given up on and parked.</summary>
    public void WorkParked()
    {
        Interlocked.Increment(ref _parkedCount);
        Interlocked.Exchange(ref _lastParkedTicks, time.GetUtcNow().UtcTicks);
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (_server is not { } server)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy(
                _lastFailure is { } failure ? $"No monitoring session to CIC (the last attempt: {failure})" : "No monitoring session to CIC"));
        }

        if (!_faulted.IsEmpty)
        {
            return Task.FromResult(HealthCheckResult.Degraded(
                $"Monitoring session open on {server}; queue subscription(s) faulted, being subscribed again: {string.Join(", ", _faulted.Keys.Order(StringComparer.Ordinal))}"));
        }

        var lastParked = Interlocked.Read(ref _lastParkedTicks);
        return Task.FromResult(lastParked > 0 && time.GetUtcNow().UtcTicks - lastParked < ParkedWorkShown.Ticks
            ? HealthCheckResult.Degraded(
                $"Monitoring session open on {server}; {Interlocked.Read(ref _parkedCount)} grain call(s) parked since start, the last at {new DateTimeOffset(lastParked, TimeSpan.Zero):O} (GET /operations/parked)")
            : HealthCheckResult.Healthy($"Monitoring session open on {server}"));
    }
}
