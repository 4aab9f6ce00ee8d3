using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using PureConnect.Simulators.SalesforceOrg.Engine;

namespace PureConnect.Simulators.SalesforceOrg.Http;

/// <summary>
/// The Streaming API's CometD endpoint (Bayeux over long polling, <c>POST /cometd/{version}</c>, the REST API's bearer token) for the
/// change events of <c>UserServicePresence</c> (<c>/data/UserServicePresenceChangeEvent</c>), with the replay extension: a replay id,
/// -1 for new events only, -2 for every retained one. <c>PUT /control/streaming {enabled}</c> turns it off (503), for a client's fallback;
/// <c>GET /control/streaming</c> shows how far each client has read.
/// </summary>
internal static class StreamingApi
{
    public const string PresenceChannel = "/data/UserServicePresenceChangeEvent";
    private static readonly TimeSpan MaxHold = TimeSpan.FromSeconds(10);

    public static IEndpointRouteBuilder MapStreamingApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/cometd/{version}", ExchangeAsync);
        app.MapGet("/control/streaming", (StreamingClients clients, PresenceStore presence) =>
            Results.Ok(new { enabled = clients.Enabled, lastReplayId = presence.LastReplayId, clients = clients.Positions() }));
        app.MapPut("/control/streaming", (StreamingSwitch change, StreamingClients clients) =>
        {
            clients.Enabled = change.Enabled;
            return Results.NoContent();
        });
        return app;
    }

    private static async Task<IResult> ExchangeAsync(HttpContext context, TokenStore tokens, StreamingClients clients, PresenceStore presence)
    {
        if (!clients.Enabled)
            return Results.StatusCode(503);
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || tokens.Validate(header["Bearer ".Length..].Trim()) is null)
            return Results.Json(new JsonArray(new JsonObject { ["successful"] = false, ["error"] = "401::Authentication invalid" }), statusCode: 401);

        JsonArray messages;
        try
        {
            messages = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted) as JsonArray ?? [];
        }
        catch (System.Text.Json.JsonException)
        {
            return Results.BadRequest(new JsonArray(new JsonObject { ["successful"] = false, ["error"] = "400::Malformed JSON" }));
        }

        var replies = new JsonArray();
        foreach (var message in messages.OfType<JsonObject>())
        {
            foreach (var reply in await AnswerAsync(message, clients, presence, context.RequestAborted))
                replies.Add(reply);
        }

        return Results.Json(replies);
    }

    private static async Task<IReadOnlyList<JsonObject>> AnswerAsync(JsonObject message, StreamingClients clients, PresenceStore presence,
        CancellationToken cancellationToken)
    {
        var channel = message["channel"]?.GetValue<string>() ?? "";
        var reply = new JsonObject { ["channel"] = channel, ["id"] = message["id"]?.DeepClone() };
        var clientId = message["clientId"]?.GetValue<string>();
        if (channel == "/meta/handshake")
        {
            reply["successful"] = true;
            reply["clientId"] = clients.Add();
            reply["version"] = "1.0";
            reply["supportedConnectionTypes"] = new JsonArray("long-polling");
            return [reply];
        }

        if (clientId is null || !clients.Contains(clientId))
        {
            reply["successful"] = false;
            reply["error"] = "403::Unknown client";
            reply["advice"] = new JsonObject { ["reconnect"] = "handshake" };
            return [reply];
        }

        switch (channel)
        {
            case "/meta/subscribe" when message["subscription"]?.GetValue<string>() == PresenceChannel:
                var replay = message["ext"]?["replay"]?[PresenceChannel]?.GetValue<long>() ?? -1;
                clients.Move(clientId, replay == -2 ? 0 : replay < 0 ? presence.LastReplayId : replay);
                reply["successful"] = true;
                reply["subscription"] = PresenceChannel;
                return [reply];
            case "/meta/connect":
                var changes = await presence.WaitForChangesAfterAsync(clients.PositionOf(clientId), MaxHold, cancellationToken);
                if (!clients.Enabled)
                {
                    reply["successful"] = false;
                    reply["error"] = "503::Streaming is off";
                    return [reply];
                }

                if (changes.Count > 0)
                    clients.Move(clientId, changes[^1].ReplayId);
                reply["successful"] = true;
                return [reply, .. changes.Select(Event)];
            case "/meta/disconnect":
                clients.Remove(clientId);
                reply["successful"] = true;
                return [reply];
            default:
                reply["successful"] = false;
                reply["error"] = $"400::Unknown channel {channel}";
                return [reply];
        }
    }

    /// <summary>A change event as CometD delivers it: <c>{channel, data: {schema, payload: {ChangeEventHeader, fields…}, event: {replayId}}}</c>.</summary>
    private static JsonObject Event(PresenceChange change) => new()
    {
        ["channel"] = PresenceChannel,
        ["data"] = new JsonObject
        {
            ["schema"] = "UserServicePresenceChangeEvent-sim",
            ["event"] = new JsonObject { ["replayId"] = change.ReplayId },
            ["payload"] = new JsonObject
            {
                ["ChangeEventHeader"] = new JsonObject
                {
                    ["entityName"] = "UserServicePresence",
                    ["changeType"] = change.ChangeType,
                    ["recordIds"] = new JsonArray(change.RecordId),
                    ["commitTimestamp"] = change.CommitTimestamp.ToUnixTimeMilliseconds(),
                },
                ["UserId"] = change.UserId,
                ["ServicePresenceStatusId"] = change.ServicePresenceStatusId,
                ["IsCurrentState"] = change.IsCurrentState,
                ["StatusStartDate"] = SalesforceTime.Format(change.StatusStartDate),
                ["StatusEndDate"] = change.StatusEndDate is { } end ? SalesforceTime.Format(end) : null,
            },
        },
    };

    internal sealed record StreamingSwitch(bool Enabled);
}

/// <summary>The Streaming API's clients (by Bayeux client id) and how far each has read the presence change events.</summary>
internal sealed class StreamingClients
{
    private readonly ConcurrentDictionary<string, long> _positions = new(StringComparer.Ordinal);

    private volatile bool _enabled = true;

    /// <summary>Off: every request is refused, a held connect included, and the clients are forgotten.</summary>
    public bool Enabled
    {
        get => _enabled;
        set
        {
            _enabled = value;
            if (!value)
                _positions.Clear();
        }
    }

    public string Add()
    {
        var id = Guid.NewGuid().ToString("N");
        _positions[id] = long.MaxValue; // nothing until it subscribes
        return id;
    }

    public bool Contains(string id) => _positions.ContainsKey(id);

    public long PositionOf(string id) => _positions.TryGetValue(id, out var position) ? position : long.MaxValue;

    public void Move(string id, long position) => _positions[id] = position;

    public void Remove(string id) => _positions.TryRemove(id, out _);

    /// <summary>How far each subscribed client has read.</summary>
    public IReadOnlyList<long> Positions() => [.. _positions.Values.Where(p => p != long.MaxValue)];
}
