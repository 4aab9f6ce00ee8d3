using PureConnect.Icws.Messages;

namespace PureConnect.Icws;

/// <summary>Workgroup queues (channels facts §5.3): what waits in a workgroup's queue, read as the snapshot of a queue subscription
/// (<c>queueType 2</c>), and picking one of them up (<c>POST interactions/{id}/pickup</c>, <see cref="PickupAsync"/>).</summary>
public sealed partial class IcwsSession
{
    /// <summary>How often <see cref="ReadWorkgroupQueueAsync"/> reads the session's messages for the snapshot before it gives up.</summary>
    private const int QueueSnapshotReads = 25;

    private static readonly TimeSpan QueueSnapshotPause = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// The interactions in the workgroup's queue now, with <paramref name="attributeNames"/>: subscribes, takes the subscription's first
    /// (full) message from the session's queued messages (Dialer messages are set aside, others dropped, as
    /// <see cref="ReadAsyncOutcomeAsync"/> does) and stops the subscription. For a session whose messages nobody else reads (an agent's
    /// command session). An unknown workgroup or a missing View Workgroup Queues right: <see cref="IcwsRequestException"/> (400 / 403).
    /// </summary>
    public async Task<IReadOnlyList<InteractionSnapshot>> ReadWorkgroupQueueAsync(
        string workgroup, IReadOnlyList<string> attributeNames, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(workgroup);
        var subscriptionId = "workgroup-queue-" + Guid.NewGuid().ToString("N");
        await SubscribeQueueAsync(subscriptionId, [new QueueId(QueueType.Workgroup, workgroup)], attributeNames, ct).ConfigureAwait(false);
        try
        {
            for (var read = 0; read < QueueSnapshotReads; read++)
            {
                var response = await SendAsync(HttpMethod.Get, "messaging/messages", ct: ct).ConfigureAwait(false);
                var messages = IcwsMessageParser.ParseArray(response.Body);
                ObserveVoicemail(messages);
                Hold(messages.Where(m => m.Type.StartsWith(DialerMessagePrefix, StringComparison.OrdinalIgnoreCase)));
                if (messages.OfType<QueueContentsMessage>().FirstOrDefault(m => string.Equals(m.SubscriptionId, subscriptionId, StringComparison.Ordinal))
                    is { } snapshot)
                {
                    return snapshot.Added;
                }

                await Task.Delay(QueueSnapshotPause, ct).ConfigureAwait(false);
            }

            throw new IcwsProtocolException($"The CIC server sent no contents of the workgroup queue '{workgroup}' after the subscription.");
        }
        finally
        {
            try
            {
                await UnsubscribeQueueAsync(subscriptionId, CancellationToken.None).ConfigureAwait(false);
            }
            catch (IcwsException)
            {
                // The snapshot is read; a subscription the server no longer has ends with the session.
            }
        }
    }
}
