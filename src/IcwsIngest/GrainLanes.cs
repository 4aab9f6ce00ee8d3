using System.Threading.Channels;
using PureConnect.Grains.EventSourcing;
using PureConnect.IcwsIngest.Parking;

namespace PureConnect.IcwsIngest;

/// <summary>
/// Runs grain calls in parallel lanes: work with the same key always takes the same lane, so one
/// interaction's messages are applied in arrival order while different interactions proceed in parallel.
/// A failed call is retried with back-off, a bounded number of times (<see cref="GrainCallRetry"/>); then, or at
/// once for input a grain refuses as unstorable, it is parked where operators see it and the lane moves on: one
/// bad item never blocks the work behind it.
/// </summary>
public sealed class GrainLanes : IAsyncDisposable
{
    private readonly Channel<LaneWork>[] _lanes;
    private readonly Task[] _workers;
    private readonly CancellationTokenSource _stopping = new();
    private readonly GrainCallRetry _retry;
    private readonly IParkedWorkStore _parked;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;

    public GrainLanes(int count, GrainCallRetry retry, IParkedWorkStore parked, ILogger logger, TimeProvider time)
    {
        _retry = retry;
        _parked = parked;
        _logger = logger;
        _time = time;
        _lanes = Enumerable.Range(0, count)
            .Select(_ => Channel.CreateBounded<LaneWork>(new BoundedChannelOptions(1024) { SingleReader = true }))
            .ToArray();
        _workers = _lanes.Select(lane => Task.Run(() => RunAsync(lane.Reader))).ToArray();
    }

    /// <summary>Raised when a call is given up on and parked.</summary>
    public event Action<ParkedWork>? WorkParked;

    /// <param name="key">The lane key (interaction or user); also what a parked item is filed under.</param>
    /// <param name="description">What the call is, for operators (never the payload).</param>
    public ValueTask EnqueueAsync(string key, string description, Func<Task> work, CancellationToken cancellationToken) =>
        _lanes[(int)((uint)StringComparer.Ordinal.GetHashCode(key) % (uint)_lanes.Length)].Writer
            .WriteAsync(new LaneWork(key, description, work), cancellationToken);

    private async Task RunAsync(ChannelReader<LaneWork> reader)
    {
        await foreach (var work in reader.ReadAllAsync(_stopping.Token).ConfigureAwait(false))
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await work.Run().ConfigureAwait(false);
                    break;
                }
                catch (Exception ex) when (!_stopping.IsCancellationRequested)
                {
                    IngestMetrics.GrainCallFailures.Add(1);
                    if (ex is UnstorableInputException || !_retry.ShouldRetry(attempt))
                    {
                        await ParkAsync(work, ex, attempt).ConfigureAwait(false);
                        break;
                    }

                    var delay = _retry.DelayAfter(attempt);
                    _logger.LogWarning(ex, "Grain call {Description} for {Key} failed (attempt {Attempt}); retrying in {Delay}",
                        work.Description, work.Key, attempt, delay);
                    await Task.Delay(delay, _time, _stopping.Token).ConfigureAwait(false);
                }
            }
        }
    }

    private async Task ParkAsync(LaneWork work, Exception error, int attempts)
    {
        IngestMetrics.WorkParked.Add(1);
        _logger.LogError(error, "Gave up on grain call {Description} for {Key} after {Attempts} attempt(s); parked for an operator",
            work.Description, work.Key, attempts);
        var parked = new ParkedWork(work.Key, work.Description, $"{error.GetType().Name}: {error.Message}", attempts, _time.GetUtcNow());
        WorkParked?.Invoke(parked);
        try
        {
            await _parked.ParkAsync(parked, _stopping.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Parking is best effort: the lane must move on whatever happens; the log line above stays.
            _logger.LogError(ex, "Could not record parked grain call {Description} for {Key}", work.Description, work.Key);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var lane in _lanes)
        {
            lane.Writer.TryComplete();
        }

        await _stopping.CancelAsync();
        try
        {
            await Task.WhenAll(_workers).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        _stopping.Dispose();
    }

    private sealed record LaneWork(string Key, string Description, Func<Task> Run);
}
