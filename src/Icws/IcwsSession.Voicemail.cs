using System.Text.Json.Nodes;
using PureConnect.Icws.Http;
using PureConnect.Icws.Messages;
using PureConnect.Icws.Voicemail;

namespace PureConnect.Icws;

/// <summary>
/// Voicemail (unified messaging, channels facts §4): the session subscribes to its user's voicemail messages and message-waiting count once;
/// the box is kept from the session's messages, whoever reads them (<see cref="ReadAsyncOutcomeAsync"/>, …). Read state, delete, play to
/// the station or a number, and the download of a message's file. For an agent's command session.
/// </summary>
public sealed partial class IcwsSession
{
    /// <summary>Voicemail files larger than this are refused (a minute of 8 kHz audio is about half a megabyte).</summary>
    public const long MaxVoicemailFileBytes = 32L * 1024 * 1024;

    private const string UnifiedMessagingSubscriptions = Subscriptions + "unified-messaging/";

    private readonly VoicemailBox _voicemail = new();

    /// <summary>The box now: subscribes the first time (waiting for the server's full list), then reads the queued messages once.</summary>
    public async Task<VoicemailBoxView> ReadVoicemailAsync(CancellationToken ct = default)
    {
        if (!_voicemail.Subscribed)
        {
            await SendAsync(HttpMethod.Put, UnifiedMessagingSubscriptions + "voicemail-messages", ct: ct).ConfigureAwait(false);
            await SendAsync(HttpMethod.Put, UnifiedMessagingSubscriptions + "messages-waiting-indicator", ct: ct).ConfigureAwait(false);
            _voicemail.Subscribed = true;
        }

        for (var read = 0; read < QueueSnapshotReads; read++)
        {
            await PumpMessagesAsync(ct).ConfigureAwait(false);
            if (_voicemail.Known)
            {
                break;
            }

            await Task.Delay(QueueSnapshotPause, ct).ConfigureAwait(false);
        }

        if (!_voicemail.Known)
        {
            throw new IcwsProtocolException("The CIC server sent no voicemail messages after the subscription.");
        }

        return _voicemail.View();
    }

    /// <summary>A message of the user's box as last read; null when the box does not have it (another user's id, or deleted).</summary>
    public VoicemailMessage? FindVoicemail(string unifiedMessageId) => _voicemail.Find(unifiedMessageId);

    /// <summary><c>PUT unified-messaging/{id}</c>: read or unread.</summary>
    public Task MarkVoicemailAsync(string unifiedMessageId, bool read, CancellationToken ct = default) =>
        SendAsync(HttpMethod.Put, $"unified-messaging/{Segment(unifiedMessageId)}", new JsonObject { ["state"] = read ? 1 : 0 }, ct);

    /// <summary><c>DELETE unified-messaging/{id}</c>.</summary>
    public Task DeleteVoicemailAsync(string unifiedMessageId, CancellationToken ct = default) =>
        SendAsync(HttpMethod.Delete, $"unified-messaging/{Segment(unifiedMessageId)}", ct: ct);

    /// <summary><c>POST unified-messaging/{id}/voicemail-message/play/start</c> to the logged-in station (<paramref name="number"/> null) or
    /// to a number; the message becomes read.</summary>
    public Task PlayVoicemailAsync(string unifiedMessageId, string? number, CancellationToken ct = default)
    {
        JsonObject target = number is null
            ? new JsonObject { ["__type"] = "urn:inin.com:unifiedMessaging:currentStation" }
            : new JsonObject { ["__type"] = "urn:inin.com:unifiedMessaging:voicemailPlayTarget", ["target"] = number };
        return SendAsync(HttpMethod.Post, $"unified-messaging/{Segment(unifiedMessageId)}/voicemail-message/play/start",
            new JsonObject { ["state"] = 1, ["playTarget"] = target }, ct);
    }

    /// <summary><c>POST unified-messaging/{id}/voicemail-message/play/stop</c>.</summary>
    public Task StopVoicemailAsync(string unifiedMessageId, CancellationToken ct = default) =>
        SendAsync(HttpMethod.Post, $"unified-messaging/{Segment(unifiedMessageId)}/voicemail-message/play/stop", ct: ct);

    /// <summary>Downloads a message's file from its <c>fileUri</c>: absolute, server-rooted (<c>/icws/...</c>) or relative to the session
    /// (the form is [U]); at most <see cref="MaxVoicemailFileBytes"/>.</summary>
    public async Task<VoicemailDownload> DownloadVoicemailAsync(VoicemailFile file, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var uri = Uri.TryCreate(file.Uri, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" ? absolute
            : file.Uri.StartsWith("/icws/", StringComparison.OrdinalIgnoreCase) ? _sender.IcwsUri(file.Uri["/icws/".Length..])
            : _sender.SessionUri(file.Uri.TrimStart('/'));
        using var request = _sender.CreateRequest(HttpMethod.Get, uri, accept: "*/*");
        var (content, contentType) = await _sender.SendForBytesAsync(request, IcwsCallKind.Session, MaxVoicemailFileBytes, ct).ConfigureAwait(false);
        return new VoicemailDownload(content, file.MimeType ?? contentType ?? "audio/wav", file.FileName);
    }

    /// <summary>Reads the session's queued messages once for the voicemail box; Dialer messages are set aside for the next
    /// <see cref="ReadQueuedMessagesAsync"/>.</summary>
    private async Task PumpMessagesAsync(CancellationToken ct)
    {
        var response = await SendAsync(HttpMethod.Get, "messaging/messages", ct: ct).ConfigureAwait(false);
        var messages = IcwsMessageParser.ParseArray(response.Body);
        Hold(messages.Where(m => m.Type.StartsWith(DialerMessagePrefix, StringComparison.OrdinalIgnoreCase)));
        _voicemail.Observe(messages);
    }

    /// <summary>Every reader of this session's messages hands them here too, so that no voicemail change is lost.</summary>
    private void ObserveVoicemail(IReadOnlyList<IcwsMessage> messages) => _voicemail.Observe(messages);
}
