using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using PureConnect.CrmProjector.IntegrationTests.Infrastructure;

namespace PureConnect.CrmProjector.IntegrationTests.CallLogs;

/// <summary>Second-level redelivery: when the call-log store stays unusable past the message retries, the messages go to the error queue
/// and the call logs are caught up from the event store once it works again; every call is still exactly one completed Task.</summary>
[Collection(BrokerCollection.Name)]
public sealed class RepairTests(BrokerFixture broker)
{
    [Fact]
    public async Task Messages_that_exhausted_their_retries_are_repaired_from_the_event_store()
    {
        var settings = new Dictionary<string, string?>
        {
            ["CallLogRepair:Retries"] = "1",
            ["CallLogRepair:RetryMinInterval"] = "00:00:00.050",
            ["CallLogRepair:RetryMaxInterval"] = "00:00:00.100",
            ["CallLogRepair:Poll"] = "00:00:00.300",
        };
        for (var i = 0; i < 60; i++)
        {
            settings[$"CallLogRepair:Schedule:{i}"] = "00:00:01";
        }

        await using var harness = await ProjectorHarness.StartAsync(broker, "repair", settings: settings);
        var calls = Enumerable.Range(1, 5).Select(n => harness.NewCall(n, talkSeconds: 30)).ToArray();

        // The call-log table goes away (an outage of the projector's own store that outlasts the message retries).
        await ExecuteAsync(harness, "ALTER TABLE call_logs RENAME TO call_logs_away");
        await harness.AppendAllAsync(calls);
        using (var projector = harness.Projector)
        {
            await Eventually.MatchesAsync(() => projector.GetFromJsonAsync<Dictionary<string, long>>("/operations/error-queues"),
                c => c!.GetValueOrDefault("crm-call-logs_error") >= calls.Length, timeout: TimeSpan.FromSeconds(60),
                because: "the call-log messages to exhaust their retries");
            var waiting = await Eventually.MatchesAsync(() => projector.GetFromJsonAsync<List<JsonElement>>("/operations/call-log-repairs"),
                r => r!.Count == calls.Length, because: "one repair per interaction");
            Assert.All(waiting!, r => Assert.Contains(r.GetProperty("interactionKey").GetString(), calls.Select(c => c.Key)));
        }

        await ExecuteAsync(harness, "ALTER TABLE call_logs_away RENAME TO call_logs");

        await harness.AssertEachCallIsExactlyOneCompletedTaskAsync(calls, TimeSpan.FromSeconds(60));
        using var after = harness.Projector;
        await Eventually.MatchesAsync(() => after.GetFromJsonAsync<List<JsonElement>>("/operations/call-log-repairs"), r => r!.Count == 0,
            because: "the repairs to be done");
    }

    private static async Task ExecuteAsync(ProjectorHarness harness, string sql)
    {
        await using var connection = new NpgsqlConnection(harness.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
