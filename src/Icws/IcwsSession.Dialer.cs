using System.Text.Json.Nodes;
using PureConnect.Icws.Dialer;
using PureConnect.Icws.Json;
using PureConnect.Icws.Messages;

namespace PureConnect.Icws;

/// <summary>
/// Interaction Dialer (§9.2) on the agent's own session. Requests answer at once; what they lead to (campaigns offered,
/// calls, breaks and log-offs granted) comes as messages on this session (<see cref="ReadQueuedMessagesAsync"/>). Without
/// a Dialer license the server answers 403 (<see cref="IcwsRequestException"/> with status 403).
/// </summary>
public sealed partial class IcwsSession
{
    private const string DialerMessagePrefix = "urn:inin.com:dialer:";
    private readonly Queue<IcwsMessage> _heldMessages = new();

    /// <summary><c>dialer/log-in</c>: the Dialer session without <paramref name="campaignId"/>, else that campaign.</summary>
    public Task DialerLogInAsync(string? campaignId = null, CancellationToken ct = default) =>
        SendAsync(HttpMethod.Post, "dialer/log-in", campaignId is null ? new JsonObject() : new JsonObject { ["campaignId"] = campaignId }, ct);

    /// <summary><c>dialer/log-off</c>: the campaigns named, or (none) the whole Dialer session.</summary>
    public Task DialerLogOffAsync(IReadOnlyList<string>? campaignIds = null, CancellationToken ct = default) =>
        SendAsync(HttpMethod.Post, "dialer/log-off", campaignIds is { Count: > 0 }
            ? new JsonObject { ["campaignIds"] = new JsonArray([.. campaignIds.Select(id => JsonValue.Create(id))]) }
            : new JsonObject(), ct);

    public Task DialerReadyForCallsAsync(CancellationToken ct = default) => SendAsync(HttpMethod.Post, "dialer/ready-for-calls", new JsonObject(), ct);

    public Task DialerRequestBreakAsync(CancellationToken ct = default) => SendAsync(HttpMethod.Post, "dialer/request-break", ct: ct);

    public Task DialerEndBreakAsync(CancellationToken ct = default) => SendAsync(HttpMethod.Post, "dialer/end-break", ct: ct);

    /// <summary><c>dialer/disposition</c> of the agent's last campaign call (a skip is <see cref="DialerDisposition.SkipLabel"/>).</summary>
    public Task DialerDispositionAsync(DialerDisposition disposition, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(disposition);
        return SendAsync(HttpMethod.Post, "dialer/disposition", DialerJson.Disposition(disposition), ct);
    }

    public Task DialerPlacePreviewCallAsync(bool initiatedByTimer, CancellationToken ct = default) =>
        SendAsync(HttpMethod.Post, "dialer/place-preview-call", new JsonObject { ["callInitiatedByTimer"] = initiatedByTimer }, ct);

    /// <summary>
    /// Reads the session's queued messages once (<c>GET messaging/messages</c>), first handing back those an earlier read
    /// for something else set aside (<see cref="ReadAsyncOutcomeAsync"/>). For a session whose messages nobody else reads.
    /// </summary>
    public async Task<IReadOnlyList<IcwsMessage>> ReadQueuedMessagesAsync(CancellationToken ct = default)
    {
        var response = await SendAsync(HttpMethod.Get, "messaging/messages", ct: ct).ConfigureAwait(false);
        var read = IcwsMessageParser.ParseArray(response.Body);
        ObserveVoicemail(read);
        lock (_heldMessages)
        {
            var messages = _heldMessages.Concat(read).ToList();
            _heldMessages.Clear();
            return messages;
        }
    }

    private void Hold(IEnumerable<IcwsMessage> messages)
    {
        lock (_heldMessages)
        {
            foreach (var message in messages)
            {
                _heldMessages.Enqueue(message);
            }
        }
    }
}
