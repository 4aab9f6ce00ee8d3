using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;

namespace PureConnect.Salesforce.Streaming;

/// <summary>
/// A Streaming API subscription to one channel (Bayeux over long polling: handshake, subscribe with the replay extension, then connect
/// in a loop). Yields the events of each connect, oldest first, as their <c>data</c> (<c>{payload, event: {replayId}}</c>). A refused
/// exchange ends it with a <see cref="SalesforceException"/>: the caller subscribes again from the last replay id it processed.
/// </summary>
public sealed class StreamingSubscription(ISalesforceClient salesforce, string channel)
{
    /// <summary>Replay from: every retained event (-2), or only new ones (-1).</summary>
    public const long AllRetained = -2, NewOnly = -1;

    /// <summary>How long the org is asked to hold a connect without events (Bayeux <c>advice.timeout</c>).</summary>
    private const int HoldMilliseconds = 20_000;

    /// <summary>Connects lost one after the other before the subscription gives up.</summary>
    private const int MaxLostConnects = 3;

    /// <summary>Subscribes from <paramref name="replayFrom"/>, runs <paramref name="subscribed"/> (a reader's catch-up read: no change is
    /// missed between it and the events), then yields the events.</summary>
    public async IAsyncEnumerable<IReadOnlyList<JsonObject>> ReadAsync(long replayFrom, Func<Task> subscribed,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (position, lost) = (replayFrom, 0);
        var clientId = await SubscribeAsync(position, cancellationToken);
        await subscribed();

        while (true)
        {
            JsonArray replies;
            try
            {
                replies = await salesforce.StreamAsync(new JsonArray(new JsonObject
                {
                    ["channel"] = "/meta/connect",
                    ["clientId"] = clientId,
                    ["connectionType"] = "long-polling",
                    ["advice"] = new JsonObject { ["timeout"] = HoldMilliseconds },
                }), cancellationToken);
            }
            catch (SalesforceTransientException) when (++lost <= MaxLostConnects)
            {
                // A lost long poll: subscribe again from the last event handed out, so that nothing answered on the lost connect is lost
                // (before any event, the catch-up read again). A failing org fails the handshake; a few lost in a row end the subscription.
                clientId = await SubscribeAsync(position, cancellationToken);
                if (position < 0)
                    await subscribed();
                continue;
            }

            lost = 0;
            var connect = replies.OfType<JsonObject>().FirstOrDefault(r => Channel(r) == "/meta/connect");
            if (connect?["successful"]?.GetValue<bool>() != true)
                throw Refused("/meta/connect", connect);

            var events = replies.OfType<JsonObject>().Where(r => Channel(r) == channel).Select(r => r["data"]).OfType<JsonObject>().ToList();
            if (events.Count > 0)
            {
                yield return events;
                position = events.Select(ReplayIdOf).LastOrDefault(id => id is not null) ?? position;
            }
        }
    }

    private async Task<string> SubscribeAsync(long replayFrom, CancellationToken cancellationToken)
    {
        var handshake = await ExchangeAsync(new JsonObject
        {
            ["channel"] = "/meta/handshake",
            ["version"] = "1.0",
            ["supportedConnectionTypes"] = new JsonArray("long-polling"),
        }, cancellationToken);
        var clientId = handshake["clientId"]?.GetValue<string>() ?? throw Refused("/meta/handshake", handshake);
        await ExchangeAsync(new JsonObject
        {
            ["channel"] = "/meta/subscribe",
            ["clientId"] = clientId,
            ["subscription"] = channel,
            ["ext"] = new JsonObject { ["replay"] = new JsonObject { [channel] = replayFrom } },
        }, cancellationToken);
        return clientId;
    }

    /// <summary>The replay id of an event's data.</summary>
    public static long? ReplayIdOf(JsonObject data) =>
        data["event"]?["replayId"] is JsonValue value && value.TryGetValue<long>(out var id) ? id : null;

    private async Task<JsonObject> ExchangeAsync(JsonObject message, CancellationToken cancellationToken)
    {
        var replies = await salesforce.StreamAsync(new JsonArray(message), cancellationToken);
        var reply = replies.OfType<JsonObject>().FirstOrDefault(r => Channel(r) == Channel(message));
        return reply?["successful"]?.GetValue<bool>() == true ? reply : throw Refused(Channel(message), reply);
    }

    private static string? Channel(JsonObject message) => message["channel"]?.GetValue<string>();

    private static SalesforceException Refused(string? what, JsonObject? reply) =>
        new($"The Streaming API refused {what}: {reply?["error"]?.GetValue<string>() ?? "no answer"}", null, null);
}
