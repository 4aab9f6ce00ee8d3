using PureConnect.Icws;
using PureConnect.Icws.Interactions;

namespace PureConnect.IcwsIngest;

/// <summary>
/// The subscriptions of one monitoring session: each owned user's queue (subscription id
/// <see cref="IngestMessageHandler.UserQueuePrefix"/> + user id), their statuses and the status catalogue. A queue subscription CIC reports
/// faulted is put again (<see cref="ResubscribeQueueAsync"/>), which delivers a fresh snapshot to reconcile.
/// </summary>
public sealed class MonitoredSubscriptions(IcwsSession session, IReadOnlyList<string> users)
{
    /// <summary>The softphone's attributes, the call controls' (recording, conference, account code), the Dialer campaign id and the callbacks'.</summary>
    public static readonly IReadOnlyList<string> SubscribedAttributes =
        [.. IcwsAttributeNames.Softphone, .. IcwsCallControlAttributeNames.All, IcwsCallControlAttributeNames.Is_Attr_CampaignId, .. IcwsCallbackAttributeNames.All, EmailWatch.CaseIdAttribute];

    /// <summary>The user whose queue a subscription id watches; null for an id the ingest did not make.</summary>
    public static string? UserOf(string subscriptionId) =>
        subscriptionId.StartsWith(IngestMessageHandler.UserQueuePrefix, StringComparison.Ordinal) && subscriptionId.Length > IngestMessageHandler.UserQueuePrefix.Length
            ? subscriptionId[IngestMessageHandler.UserQueuePrefix.Length..]
            : null;

    public async Task SubscribeAllAsync(CancellationToken cancellationToken)
    {
        foreach (var user in users)
        {
            await SubscribeQueueAsync(user, cancellationToken);
        }

        if (users.Count > 0)
        {
            await session.SubscribeUserStatusesAsync(users, cancellationToken);
            // Statuses added, changed or removed on CIC reach the agents' status lists without a new login.
            await session.SubscribeStatusMessagesAsync(cancellationToken);
        }
    }

    /// <summary>Puts the queue subscription again; false when the id is not one of this session's users' queues.</summary>
    public async Task<bool> ResubscribeQueueAsync(string subscriptionId, CancellationToken cancellationToken)
    {
        if (UserOf(subscriptionId) is not { } user || !users.Contains(user, StringComparer.Ordinal))
        {
            return false;
        }

        await SubscribeQueueAsync(user, cancellationToken);
        return true;
    }

    private Task SubscribeQueueAsync(string user, CancellationToken cancellationToken) =>
        session.SubscribeQueueAsync(IngestMessageHandler.UserQueuePrefix + user, [new QueueId(QueueType.User, user)], SubscribedAttributes, cancellationToken);
}
