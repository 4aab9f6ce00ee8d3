using System.Text.Json.Nodes;
using PureConnect.Icws.Json;

namespace PureConnect.Icws;

/// <summary>Subscriptions (§5): each PUT creates or replaces one; its first message is a full snapshot.</summary>
public sealed partial class IcwsSession
{
    private const string Subscriptions = "messaging/subscriptions/";

    /// <summary>Watches queues; messages carry <paramref name="subscriptionId"/> and the requested attributes.</summary>
    public Task SubscribeQueueAsync(
        string subscriptionId, IReadOnlyList<QueueId> queues, IReadOnlyList<string> attributeNames, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(queues);
        ArgumentNullException.ThrowIfNull(attributeNames);
        if (attributeNames.Count == 0)
            throw new ArgumentException("At least one attribute name is required.", nameof(attributeNames));
        return SendAsync(
            HttpMethod.Put, $"{Subscriptions}queues/{Segment(subscriptionId)}", InteractionJson.QueueSubscription(queues, attributeNames), ct);
    }

    /// <summary>Cancels a queue subscription.</summary>
    public Task UnsubscribeQueueAsync(string subscriptionId, CancellationToken ct = default) =>
        SendAsync(HttpMethod.Delete, $"{Subscriptions}queues/{Segment(subscriptionId)}", ct: ct);

    /// <summary>Watches the statuses of users (replaces the previous list).</summary>
    public Task SubscribeUserStatusesAsync(IReadOnlyList<string> userIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        if (userIds.Count == 0)
            throw new ArgumentException("At least one user id is required.", nameof(userIds));
        return SendAsync(HttpMethod.Put, $"{Subscriptions}status/user-statuses", new JsonObject { ["userIds"] = InteractionJson.Strings(userIds) }, ct);
    }

    /// <summary>Watches the status definitions.</summary>
    public Task SubscribeStatusMessagesAsync(CancellationToken ct = default) =>
        SendAsync(HttpMethod.Put, $"{Subscriptions}status/status-messages", ct: ct);

    /// <summary>Watches the session's station connection.</summary>
    public Task SubscribeStationAsync(CancellationToken ct = default) =>
        SendAsync(HttpMethod.Put, $"{Subscriptions}connection/station", ct: ct);
}
