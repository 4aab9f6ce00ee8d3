using PureConnect.Icws.Json;
using PureConnect.Icws.Messages;

namespace PureConnect.Icws;

/// <summary>Statuses (§6).</summary>
public sealed partial class IcwsSession
{
    /// <summary>All statuses defined on the server (<c>GET status/status-messages</c>).</summary>
    public async Task<IReadOnlyList<StatusMessage>> GetStatusMessagesAsync(CancellationToken ct = default)
    {
        var response = await SendAsync(HttpMethod.Get, "status/status-messages", ct: ct).ConfigureAwait(false);
        return response.Read(root => StatusJson.ReadStatusMessages(root, "statusMessageList"));
    }

    /// <summary>Ids of the statuses a user may use (<c>GET status/status-messages-user-access/{userId}</c>).</summary>
    public async Task<IReadOnlyList<string>> GetStatusMessagesUserAccessAsync(string userId, CancellationToken ct = default)
    {
        var response = await SendAsync(HttpMethod.Get, $"status/status-messages-user-access/{Segment(userId)}", ct: ct)
            .ConfigureAwait(false);
        return response.Read(root => JsonRead.StringArray(root, "statusMessages"));
    }

    /// <summary>A user's current status (<c>GET status/user-statuses/{userId}</c>).</summary>
    public async Task<UserStatus> GetUserStatusAsync(string userId, CancellationToken ct = default)
    {
        var response = await SendAsync(HttpMethod.Get, $"status/user-statuses/{Segment(userId)}", ct: ct).ConfigureAwait(false);
        return response.Read(StatusJson.ReadUserStatus);
    }

    /// <summary>
    /// Sets a user's status (<c>PUT status/user-statuses/{userId}</c>). The server answers 202 with a <c>requestId</c>,
    /// returned here (null when the answer carried none); the new status arrives by message, and a failure may come later as
    /// an <c>asyncOperationCompletedMessage</c> for that id ([U]; see <see cref="ReadAsyncOutcomeAsync"/>).
    /// </summary>
    public async Task<string?> SetUserStatusAsync(string userId, UserStatusUpdate update, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        var response = await SendAsync(HttpMethod.Put, $"status/user-statuses/{Segment(userId)}", StatusJson.WriteUpdate(update), ct)
            .ConfigureAwait(false);
        try
        {
            return response.ReadOrDefault(root => JsonRead.OptionalString(root, "requestId"), null);
        }
        catch (IcwsProtocolException)
        {
            return null; // the change was accepted; only its request id is unreadable
        }
    }

    /// <summary>
    /// Reads the session's queued messages once (<c>GET messaging/messages</c>) and returns the completion of the asynchronous
    /// request <paramref name="requestId"/> if it is among them; null otherwise. Dialer messages are set aside for the next
    /// <see cref="ReadQueuedMessagesAsync"/>; the other messages are dropped: use this
    /// only on a session whose messages nobody else reads (an agent's command session).
    /// </summary>
    public async Task<AsyncOperationCompletedMessage?> ReadAsyncOutcomeAsync(string requestId, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(requestId);
        var response = await SendAsync(HttpMethod.Get, "messaging/messages", ct: ct).ConfigureAwait(false);
        var messages = IcwsMessageParser.ParseArray(response.Body);
        ObserveVoicemail(messages);
        Hold(messages.Where(m => m.Type.StartsWith(DialerMessagePrefix, StringComparison.OrdinalIgnoreCase)));
        return messages.OfType<AsyncOperationCompletedMessage>()
            .FirstOrDefault(m => string.Equals(m.RequestId, requestId, StringComparison.Ordinal));
    }

    /// <summary>
    /// Waits for the outcome of a status change this session made (<see cref="SetUserStatusAsync"/>): short-polls the
    /// session's messages for the completion of <paramref name="requestId"/> and reads the user's status, every poll interval,
    /// for at most <see cref="IcwsClientOptions.AsyncOutcomeTimeout"/> (<see cref="StatusChangeOutcome.Judge"/>). Reads
    /// the session's messages: only for a session whose messages nobody else reads.
    /// </summary>
    public async Task<StatusChangeOutcome> WaitForStatusChangeAsync(string userId, string statusId, string? requestId, CancellationToken ct = default)
    {
        var deadline = _time.GetUtcNow() + _options.AsyncOutcomeTimeout;
        while (true)
        {
            var completion = requestId is null ? null : await ReadAsyncOutcomeAsync(requestId, ct).ConfigureAwait(false);
            var current = completion is null ? await CurrentStatusIdAsync(userId, ct).ConfigureAwait(false) : null;
            var outcome = StatusChangeOutcome.Judge(statusId, completion, current, _time.GetUtcNow() >= deadline);
            if (outcome.Kind != StatusChangeOutcomeKind.Pending)
                return outcome;

            await Task.Delay(_options.PollInterval, _time, ct).ConfigureAwait(false);
        }
    }

    private async Task<string?> CurrentStatusIdAsync(string userId, CancellationToken ct)
    {
        try
        {
            return (await GetUserStatusAsync(userId, ct).ConfigureAwait(false)).StatusId;
        }
        catch (IcwsException ex) when (ex is IcwsRequestException or IcwsProtocolException)
        {
            return null; // the completion message alone decides
        }
    }
}
