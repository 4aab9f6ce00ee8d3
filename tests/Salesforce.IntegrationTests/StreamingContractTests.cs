using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using PureConnect.Salesforce.IntegrationTests.Harness;
using PureConnect.Salesforce.Streaming;

namespace PureConnect.Salesforce.IntegrationTests;

/// <summary>The Streaming API (CometD long polling with the replay extension) for the change events of UserServicePresence.</summary>
public sealed class StreamingContractTests(SalesforceOrgFixture org) : IClassFixture<SalesforceOrgFixture>
{
    private const string Channel = "/data/UserServicePresenceChangeEvent";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    private async Task<string> UserAsync()
    {
        var response = await org.RawHttp.PostAsJsonAsync("/control/users", new { userName = $"{Guid.NewGuid():N}@org.test", federationIdentifier = "x" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private async Task SetPresenceAsync(string user, string status) =>
        (await org.RawHttp.PostAsJsonAsync($"/console/{user}/omni/status", new { statusId = status })).EnsureSuccessStatusCode();

    private static string? Status(JsonObject data) => data["payload"]?["ServicePresenceStatusId"]?.GetValue<string>();

    private static bool Created(JsonObject data) => data["payload"]?["ChangeEventHeader"]?["changeType"]?.GetValue<string>() == "CREATE";

    [Fact]
    public async Task Events_come_in_order_with_replay_ids_and_a_subscription_from_a_replay_id_gets_what_followed_it()
    {
        var user = await UserAsync();
        using var stop = new CancellationTokenSource(Deadline);
        var subscription = new StreamingSubscription(org.CreateClient(), Channel);
        var received = new List<JsonObject>();

        await foreach (var batch in subscription.ReadAsync(StreamingSubscription.NewOnly, () => SetPresenceAsync(user, "Busy"), stop.Token))
        {
            received.AddRange(batch);
            if (received.Any(Created))
                break;
        }

        await SetPresenceAsync(user, "Away");
        var replayed = new List<JsonObject>();
        var from = StreamingSubscription.ReplayIdOf(received.First(Created))!.Value;
        await foreach (var batch in subscription.ReadAsync(from, () => Task.CompletedTask, stop.Token))
        {
            replayed.AddRange(batch);
            if (replayed.Any(Created))
                break;
        }

        var ids = received.Concat(replayed).Select(e => StreamingSubscription.ReplayIdOf(e)!.Value).ToList();
        Assert.Equal(ids.Order(), ids);
        Assert.All(replayed, e => Assert.True(StreamingSubscription.ReplayIdOf(e) > from));
        Assert.NotEqual(Status(received.First(Created)), Status(replayed.First(Created)));
    }

    [Fact]
    public async Task A_long_poll_lost_on_the_way_subscribes_again_and_the_next_event_still_arrives()
    {
        var user = await UserAsync();
        using var stop = new CancellationTokenSource(Deadline);
        // The org holds a connect 10 s; this client waits 3 s: every quiet connect is lost.
        var client = org.CreateClient(configure: o => (o.StreamingTimeout, o.MaxRetries) = (TimeSpan.FromSeconds(3), 0));
        var subscription = new StreamingSubscription(client, Channel);
        var batches = 0;
        Task? later = null;

        await foreach (var batch in subscription.ReadAsync(StreamingSubscription.NewOnly, () => SetPresenceAsync(user, "Busy"), stop.Token))
        {
            if (++batches == 1)
            {
                // Once the quiet connect was lost and the client subscribed again, the agent changes presence.
                var before = await ClientsAsync();
                later = Task.Run(async () =>
                {
                    while (await ClientsAsync() <= before)
                        await Task.Delay(100, stop.Token);
                    await SetPresenceAsync(user, "Away");
                }, stop.Token);
                continue;
            }

            if (batch.Any(Created))
                break;
        }

        await later!;
        Assert.True(batches >= 2);
    }

    private async Task<int> ClientsAsync() =>
        (await org.RawHttp.GetFromJsonAsync<JsonElement>("/control/streaming")).GetProperty("clients").GetArrayLength();
}
