using System.Diagnostics.Metrics;
using PureConnect.Persistence.EventStore;
using PureConnect.TestSupport;
using static PureConnect.Persistence.IntegrationTests.TestDatabase;

namespace PureConnect.Persistence.IntegrationTests;

/// <summary>The event store's meter, as the dashboard sees it: appended events, committed batches and their duration.</summary>
[Collection(PostgresCollection.Name)]
public sealed class EventStoreMetricsTests(PostgresFixture postgres) : IAsyncLifetime
{
    private TestDatabase db = null!;

    public async Task InitializeAsync() => db = await TestDatabase.CreateAsync(postgres, "metrics");

    public async Task DisposeAsync() => await db.DisposeAsync();

    [Fact]
    public async Task An_append_counts_its_events_and_its_batch_and_records_the_batch_duration_and_a_retry_counts_no_events()
    {
        using var recorded = new Recorder();

        await db.Store.AppendAsync("metrics-1", 0, [NewEvent(), NewEvent(), NewEvent()]);
        var afterAppend = recorded.Snapshot();
        var retry = await db.Store.AppendAsync("metrics-1", 0, [NewEvent()]);
        var afterRetry = recorded.Snapshot();

        // Tests of this collection run one at a time, so nothing else appends meanwhile.
        Assert.Equal(3, afterAppend.Events);
        Assert.Equal(1, afterAppend.Batches);
        Assert.Single(afterAppend.Durations, d => d > 0);
        Assert.Equal(AppendOutcome.WrongExpectedVersion, retry.Outcome);
        Assert.Equal(3, afterRetry.Events);
        Assert.Equal(2, afterRetry.Batches);
    }

    private sealed class Recorder : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly List<double> _durations = [];
        private long _events;
        private long _batches;

        public Recorder()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == EventStoreMetrics.MeterName)
                    listener.EnableMeasurementEvents(instrument);
            };
            _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
            {
                if (instrument.Name == "pureconnect.eventstore.events_appended")
                    Interlocked.Add(ref _events, value);
                else if (instrument.Name == "pureconnect.eventstore.append_batches")
                    Interlocked.Add(ref _batches, value);
            });
            _listener.SetMeasurementEventCallback<double>((instrument, value, _, _) =>
            {
                if (instrument.Name == "pureconnect.eventstore.append_batch_duration")
                    lock (_durations) _durations.Add(value);
            });
            _listener.Start();
        }

        public (long Events, long Batches, double[] Durations) Snapshot()
        {
            lock (_durations)
                return (Interlocked.Read(ref _events), Interlocked.Read(ref _batches), [.. _durations]);
        }

        public void Dispose() => _listener.Dispose();
    }
}
