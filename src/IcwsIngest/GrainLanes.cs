using System.Threading.Channels;

namespace PureConnect.IcwsIngest;

/// <summary>
/// Runs grain calls in parallel lanes: work with the same key always takes the same lane, so one
/// interaction's messages are applied in arrival order while different interactions proceed in parallel.
/// A failed call is retried with back-off until it succeeds or the ingest stops: nothing is dropped.
/// </summary>
public sealed class GrainLanes : IAsyncDisposable
{
    private readonly Channel<Func<Task>>[] _lanes;
    private readonly Task[] _workers;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ILogger _logger;
    private readonly TimeProvider _time;

    public GrainLanes(int count, ILogger logger, TimeProvider time)
    {
        _logger = logger;
        _time = time;
        _lanes = Enumerable.Range(0, count)
            .Select(_ => Channel.CreateBounded<Func<Task>>(new BoundedChannelOptions(1024) { SingleReader = true }))
            .ToArray();
        _workers = _lanes.Select(lane => Task.Run(() => RunAsync(lane.Reader))).ToArray();
    }

    public ValueTask EnqueueAsync(string key, Func<Task> work, CancellationToken cancellationToken) =>
        _lanes[(int)((uint)StringComparer.Ordinal.GetHashCode(key) % (uint)_lanes.Length)].Writer.WriteAsync(work, cancellationToken);

    private async Task RunAsync(ChannelReader<Func<Task>> reader)
    {
        await foreach (var work in reader.ReadAllAsync(_stopping.Token).ConfigureAwait(false))
        {
            var delay = TimeSpan.FromMilliseconds(100);
            while (true)
            {
                try
                {
                    await work().ConfigureAwait(false);
                    break;
                }
                catch (Exception ex) when (!_stopping.IsCancellationRequested)
                {
                    IngestMetrics.GrainCallFailures.Add(1);
                    _logger.LogError(ex, "Grain call failed; retrying in {Delay}", delay);
                    await Task.Delay(delay, _time, _stopping.Token).ConfigureAwait(false);
                    delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 10_000));
                }
            }
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
}
