using System.Net.Http.Json;
using PureConnect.CrmProjector.IntegrationTests.Infrastructure;

namespace PureConnect.CrmProjector.IntegrationTests.Transport;

[Collection(BrokerCollection.Name)]
public sealed class RabbitMqTransportTests(BrokerFixture broker)
{
    [Fact]
    public async Task Stored_interaction_events_travel_the_relay_and_RabbitMQ_to_the_consumer_and_become_Tasks()
    {
        await using var harness = await ProjectorHarness.StartAsync(broker, "transport");
        var call = harness.NewCall(1, talkSeconds: 42);

        await harness.AppendAsync(call);

        await harness.AssertEachCallIsExactlyOneCompletedTaskAsync([call], TimeSpan.FromSeconds(30));
        Assert.NotNull(await broker.RabbitMq.QueueMessageCountAsync(harness.VirtualHost, "crm-call-logs")); // the queue is on the broker
    }

    [Fact]
    public async Task Events_of_one_interaction_are_applied_in_order_while_many_interactions_are_written_concurrently()
    {
        await using var harness = await ProjectorHarness.StartAsync(broker, "ordering");
        // Each call's duration depends on its connect and disconnect being applied in order: an event applied
        // after a later one of its stream is skipped, which would leave no duration (or no Task at all).
        var calls = Enumerable.Range(1, 120).Select(n => harness.NewCall(n, talkSeconds: 5 + n)).ToList();

        await harness.AppendAllAsync(calls, concurrency: 12);

        await harness.AssertEachCallIsExactlyOneCompletedTaskAsync(calls, TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task An_event_the_consumer_cannot_handle_lands_in_the_error_queue_and_shows_on_health_and_the_operations_page()
    {
        await using var harness = await ProjectorHarness.StartAsync(broker, "poison");
        using var projector = harness.Projector;
        await Eventually.MatchesAsync(() => HealthAsync(projector), h => h == "Healthy", because: "the projector to be healthy (bus started)");

        await harness.AppendUnreadableAsync($"{harness.Prefix}poison");
        var good = harness.NewCall(2, talkSeconds: 30);
        await harness.AppendAsync(good);

        var counts = await Eventually.MatchesAsync(() => projector.GetFromJsonAsync<Dictionary<string, long>>("/operations/error-queues"),
            c => c!.GetValueOrDefault("crm-call-logs_error") == 1, because: "the unreadable event in the error queue");
        Assert.Equal(1, counts!["crm-call-logs_error"]);
        Assert.Equal(1, await broker.RabbitMq.QueueMessageCountAsync(harness.VirtualHost, "crm-call-logs_error"));
        Assert.Equal("Degraded", await HealthAsync(projector));
        await harness.AssertEachCallIsExactlyOneCompletedTaskAsync([good], TimeSpan.FromSeconds(30)); // the rest flows on
    }

    private static async Task<string> HealthAsync(HttpClient projector) => await (await projector.GetAsync("/health")).Content.ReadAsStringAsync();
}
