using PureConnect.Grains.Agents;
using PureConnect.Grains.Interactions;
using PureConnect.Grains.Interactions.Chats;
using PureConnect.Icws;
using PureConnect.Icws.Interactions;
using PureConnect.Icws.Messages;

namespace PureConnect.IcwsIngest;

/// <summary>
/// Turns ICWS messages of the monitoring session into grain calls. A full queue snapshot (after every
/// (re)subscription) is reconciled by the agent grain: new interactions join the agent's queue, missing ones leave it.
/// An interaction that left is not taken for ended: it goes on the <see cref="UnconfirmedInteractions"/> watch list and
/// is closed only when it is on no watched queue and a look-up on the monitoring session says CIC ended it
/// (<see cref="CheckUnconfirmedAsync"/>). Unknown and malformed messages are counted and skipped. Text from CIC is
/// cleaned of control characters here, where it comes in (<see cref="IncomingText"/>), counted and logged.
/// </summary>
public sealed class IngestMessageHandler(
    IGrainFactory grains, GrainLanes lanes, UnconfirmedInteractions unconfirmed, IReadOnlyList<string> users, IngestHealth health, TimeProvider time,
    ILogger<IngestMessageHandler> logger, ChatWatch? chats = null, CallbackWatch? callbacks = null, EmailWatch? emails = null)
{
    private readonly ChatWatch _chats = chats ?? new ChatWatch();
    private readonly CallbackWatch _callbacks = callbacks ?? new CallbackWatch();
    private readonly EmailWatch _emails = emails ?? new EmailWatch();

    public const string UserQueuePrefix = "user-queue:";
    private readonly Dictionary<string, QueueContents> _queues = new(StringComparer.Ordinal);

    /// <summary>Handles one message; false when the session is going down and must be re-established.</summary>
    public async ValueTask<bool> HandleAsync(IcwsMessage message, CancellationToken cancellationToken)
    {
        IngestMetrics.MessagesReceived.Add(1);
        switch (message)
        {
            case QueueContentsMessage queue:
                await HandleQueueAsync(queue, cancellationToken);
                return true;
            case QueueSubscriptionStateMessage { State: QueueSubscriptionStateMessage.Faulted } faulted:
                IngestMetrics.SubscriptionsFaulted.Add(1);
                health.SubscriptionFaulted(faulted.SubscriptionId);
                logger.LogWarning("CIC reports queue subscription {SubscriptionId} faulted ({Error}); subscribing it again",
                    faulted.SubscriptionId, faulted.ErrorMessage);
                return true;
            case UserStatusMessage statuses:
                await HandleStatusesAsync(statuses, cancellationToken);
                return true;
            case StatusMessagesMessage catalogue:
                await HandleStatusCatalogAsync(catalogue, cancellationToken);
                return true;
            case ChatMembersMessage members:
                await ObserveChatAsync(members.InteractionId, ChatWatch.ToObservation(members, time.GetUtcNow()), cancellationToken);
                return true;
            case ChatContentsMessage contents:
                await ObserveChatAsync(contents.InteractionId, ChatWatch.ToObservation(contents, time.GetUtcNow()), cancellationToken);
                return true;
            case CallbackMessage callback:
                await ObserveCallbackAsync(callback, cancellationToken);
                return true;
            case EmailContentsMessage email:
                await ObserveEmailAsync(email, cancellationToken);
                return true;
            case ConnectionStateChangeMessage { NewState: 2 } down:
                logger.LogWarning("CIC reports the monitoring session down: {Reason}", down.Reason);
                return false;
            case MalformedMessage malformed:
                IngestMetrics.MessagesIgnored.Add(1);
                logger.LogError("Skipped a malformed ICWS message: {Error}", malformed.Error);
                return true;
            default:
                IngestMetrics.MessagesIgnored.Add(1);
                logger.LogDebug("Ignored ICWS message {Type}", message.Type);
                return true;
        }
    }

    private async ValueTask HandleQueueAsync(QueueContentsMessage message, CancellationToken cancellationToken)
    {
        if (!message.SubscriptionId.StartsWith(UserQueuePrefix, StringComparison.Ordinal))
        {
            logger.LogWarning("Queue message for unknown subscription {SubscriptionId}", message.SubscriptionId);
            return;
        }

        var userId = message.SubscriptionId[UserQueuePrefix.Length..];
        if (!message.IsDelta)
        {
            health.SubscriptionRecovered(message.SubscriptionId);
        }

        var at = time.GetUtcNow();
        var agent = grains.GetGrain<IAgentGrain>(userId);
        var added = new List<QueueEntry>();
        var observations = new List<InteractionObservation>();
        var removed = new List<string>();
        lock (_queues)
        {
            var queue = QueueOf(userId);
            if (!message.IsDelta)
            {
                queue.Reset();
            }

            foreach (var received in message.Added.Concat(message.Changed))
            {
                var snapshot = IncomingText.Clean(received, out var cleaned);
                if (cleaned > 0)
                {
                    IngestMetrics.ControlCharactersStripped.Add(cleaned, new KeyValuePair<string, object?>("source", "interaction"));
                    logger.LogWarning("Stripped control characters from {Count} attribute(s) of interaction {InteractionId} on the queue of {UserId}",
                        cleaned, snapshot.InteractionId, userId);
                }

                observations.Add(queue.Merge(snapshot, at));
                added.Add(new QueueEntry(queue.KeyOf(snapshot.InteractionId), snapshot.InteractionId));
            }

            if (message.IsDelta)
            {
                removed.AddRange(message.Removed.Select(queue.Remove));
            }
        }

        for (var i = 0; i < added.Count; i++)
        {
            var (key, observation) = (added[i].Key, observations[i]);
            // On a watched queue: its own observations tell whether and when it ends.
            unconfirmed.Remove(key);
            await lanes.EnqueueAsync(key, $"observe interaction {observation.InteractionId} on the queue of {userId}",
                () => grains.GetGrain<IInteractionGrain>(key).ObserveAsync(observation), cancellationToken);
            await WatchIfChatAsync(key, observation, cancellationToken);
            await WatchIfCallbackAsync(key, observation, cancellationToken);
            await WatchIfEmailAsync(key, observation, cancellationToken);
        }

        if (!message.IsDelta)
        {
            await lanes.EnqueueAsync(userId, $"reconcile the queue of {userId} ({added.Count} interactions)", async () =>
            {
                foreach (var left in await agent.ReconcileQueueAsync(added, at))
                {
                    unconfirmed.Add(left);
                }
            }, cancellationToken);
            return;
        }

        foreach (var key in removed)
        {
            await lanes.EnqueueAsync(key, $"observe interaction {key} removed from the queue of {userId}",
                () => grains.GetGrain<IInteractionGrain>(key).ObserveRemovedAsync(userId, at), cancellationToken);
        }

        var newlyAdded = added.Take(message.Added.Count).ToList();
        if (newlyAdded.Count > 0 || removed.Count > 0)
        {
            await lanes.EnqueueAsync(userId, $"observe the queue of {userId} ({newlyAdded.Count} added, {removed.Count} removed)",
                () => agent.ObserveQueueAsync(newlyAdded, removed, at), cancellationToken);
        }
    }

    /// <summary>A live chat on a watched queue: its chat subscription is put (once per session) after the observation that found it.</summary>
    private async Task WatchIfChatAsync(string key, InteractionObservation observation, CancellationToken cancellationToken)
    {
        var attributes = observation.Attributes;
        if (!attributes.TryGetValue(IcwsAttributeNames.Eic_ObjectType, out var type) || !string.Equals(type, ChatWatch.ObjectType, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        if (attributes.TryGetValue(IcwsAttributeNames.Eic_State, out var state) && state is "E" or "I")
        {
            _chats.Forget(observation.InteractionId);
            return;
        }

        try
        {
            await _chats.WatchAsync(observation.InteractionId, key, cancellationToken);
        }
        catch (IcwsException ex)
        {
            _chats.Forget(observation.InteractionId);
            logger.LogWarning("Could not watch chat {InteractionId}: {Error}", observation.InteractionId, ex.Message);
        }
    }

    /// <summary>A live callback on a watched queue: its callback subscription is put (once per session) after the observation that found it.</summary>
    private async Task WatchIfCallbackAsync(string key, InteractionObservation observation, CancellationToken cancellationToken)
    {
        var attributes = observation.Attributes;
        if (!attributes.TryGetValue(IcwsAttributeNames.Eic_ObjectType, out var type)
            || !string.Equals(type, CallbackWatch.ObjectType, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        if (attributes.TryGetValue(IcwsAttributeNames.Eic_State, out var state) && state is "E" or "I")
        {
            _callbacks.Forget(observation.InteractionId);
            return;
        }

        try
        {
            await _callbacks.WatchAsync(observation.InteractionId, key, cancellationToken);
        }
        catch (IcwsException ex)
        {
            _callbacks.Forget(observation.InteractionId);
            logger.LogWarning("Could not watch callback {InteractionId}: {Error}", observation.InteractionId, ex.Message);
        }
    }

    private async ValueTask ObserveCallbackAsync(CallbackMessage message, CancellationToken cancellationToken)
    {
        var key = _callbacks.KeyOf(message.InteractionId);
        var observation = CallbackWatch.ToObservation(message, time.GetUtcNow());
        await lanes.EnqueueAsync(key, $"observe callback {message.InteractionId}",
            () => grains.GetGrain<IInteractionGrain>(key).ObserveCallbackAsync(observation), cancellationToken);
    }

    /// <summary>An email on a watched queue: its email subscription is put (once per session) after the observation that found it.</summary>
    private async Task WatchIfEmailAsync(string key, InteractionObservation observation, CancellationToken cancellationToken)
    {
        if (!observation.Attributes.TryGetValue(IcwsAttributeNames.Eic_ObjectType, out var type)
            || !string.Equals(type, EmailWatch.ObjectType, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        if (observation.Attributes.TryGetValue(EmailWatch.CaseIdAttribute, out var caseId) && !string.IsNullOrWhiteSpace(caseId))
        {
            var at = time.GetUtcNow();
            await lanes.EnqueueAsync(key, $"observe the case of email {observation.InteractionId}",
                () => grains.GetGrain<IInteractionGrain>(key).ObserveEmailCaseAsync(caseId, at), cancellationToken);
        }

        try
        {
            await _emails.WatchAsync(observation.InteractionId, key, cancellationToken);
        }
        catch (IcwsException ex)
        {
            _emails.Forget(observation.InteractionId);
            logger.LogWarning("Could not watch email {InteractionId}: {Error}", observation.InteractionId, ex.Message);
        }
    }

    private async ValueTask ObserveEmailAsync(EmailContentsMessage message, CancellationToken cancellationToken)
    {
        if (EmailWatch.ToObservation(message, time.GetUtcNow()) is not { } observation)
        {
            return;
        }

        var key = _emails.KeyOf(message.InteractionId);
        await lanes.EnqueueAsync(key, $"observe email {message.InteractionId}",
            () => grains.GetGrain<IInteractionGrain>(key).ObserveEmailAsync(observation), cancellationToken);
    }

    private async ValueTask ObserveChatAsync(string interactionId, ChatObservation observation, CancellationToken cancellationToken)
    {
        var key = _chats.KeyOf(interactionId);
        await lanes.EnqueueAsync(key, $"observe chat {interactionId}", () => grains.GetGrain<IInteractionGrain>(key).ObserveChatAsync(observation),
            cancellationToken);
    }

    /// <summary>
    /// Looks up, on the monitoring session, every interaction that left a queue unobserved and is on no watched queue:
    /// closes those CIC says ended (in the interaction's own lane, after whatever was observed of it), keeps the others.
    /// </summary>
    public async Task CheckUnconfirmedAsync(IcwsSession session, CancellationToken cancellationToken)
    {
        foreach (var entry in unconfirmed.Snapshot())
        {
            var watched = IsOnWatchedQueue(entry.Key);
            IReadOnlyDictionary<string, string>? lookedUp = null;
            if (!watched)
            {
                try
                {
                    lookedUp = await session.FindAttributesAsync(entry.InteractionId, UnconfirmedInteractions.LookupAttributes, cancellationToken);
                }
                catch (IcwsException ex)
                {
                    logger.LogWarning(ex, "Could not look up interaction {InteractionKey}; trying again later", entry.Key);
                    return;
                }
            }

            switch (UnconfirmedInteractions.Judge(entry, watched, lookedUp))
            {
                case UnconfirmedVerdict.Observed:
                    unconfirmed.Remove(entry.Key);
                    break;
                case UnconfirmedVerdict.Ended when unconfirmed.Remove(entry.Key):
                    var at = time.GetUtcNow();
                    IngestMetrics.ClosedUnobserved.Add(1);
                    logger.LogInformation("Interaction {InteractionKey} ended while the channel was down (CIC: {State}); closing it",
                        entry.Key, lookedUp is null ? "not found" : lookedUp.GetValueOrDefault(IcwsAttributeNames.Eic_State, ""));
                    await lanes.EnqueueAsync(entry.Key, $"close interaction {entry.Key}, which CIC says ended", () => grains.GetGrain<IInteractionGrain>(entry.Key).CloseUnobservedAsync(at), cancellationToken);
                    break;
            }
        }
    }

    private bool IsOnWatchedQueue(string key)
    {
        lock (_queues)
        {
            return _queues.Values.Any(q => q.Holds(key));
        }
    }

    private async ValueTask HandleStatusesAsync(UserStatusMessage message, CancellationToken cancellationToken)
    {
        var at = time.GetUtcNow();
        foreach (var received in message.Statuses)
        {
            var status = IncomingText.Clean(received, out var cleaned);
            if (cleaned > 0)
            {
                IngestMetrics.ControlCharactersStripped.Add(cleaned, new KeyValuePair<string, object?>("source", "status"));
                logger.LogWarning("Stripped control characters from {Count} field(s) of the status of {UserId}", cleaned, status.UserId);
            }

            var observation = new AgentStatusObservation(status.StatusId, status.Notes, status.ForwardNumber,
                status.Until?.UntilDateTime, status.OnPhone, status.LoggedIn, status.Stations, status.StatusChanged, at);
            var agent = grains.GetGrain<IAgentGrain>(status.UserId);
            await lanes.EnqueueAsync(status.UserId, $"observe the status of {status.UserId}", () => agent.ObserveStatusAsync(observation), cancellationToken);
        }
    }

    /// <summary>CIC's status catalogue changed (or its snapshot after a subscription): every watched agent's list follows.</summary>
    private async ValueTask HandleStatusCatalogAsync(StatusMessagesMessage message, CancellationToken cancellationToken)
    {
        var change = new StatusCatalogChange(!message.IsDelta, [.. message.Added.Select(ToDefinition)], [.. message.Changed.Select(ToDefinition)],
            [.. message.Removed]);
        if (message.IsDelta)
        {
            logger.LogInformation("CIC's status catalogue changed: {Added} added, {Changed} changed, {Removed} removed",
                change.Added.Count, change.Changed.Count, change.Removed.Count);
        }

        foreach (var user in users)
        {
            var agent = grains.GetGrain<IAgentGrain>(user);
            await lanes.EnqueueAsync(user, $"update the status list of {user}", () => agent.ObserveStatusCatalogAsync(change), cancellationToken);
        }
    }

    private static StatusDefinition ToDefinition(StatusMessage s) => new(s.StatusId, s.MessageText, s.IconUri, s.GroupTag, s.CanHaveDate,
        s.CanHaveTime, s.IsDoNotDisturbStatus, s.IsSelectableStatus, s.IsPersistentStatus, s.IsForwardStatus, s.IsAfterCallWorkStatus,
        s.IsAcdStatus, s.IsAllowFollowUpStatus, s.SystemId);

    private QueueContents QueueOf(string userId)
    {
        if (!_queues.TryGetValue(userId, out var queue))
        {
            queue = new QueueContents(userId);
            _queues[userId] = queue;
        }

        return queue;
    }
}
