using PureConnect.Icws.Http;
using PureConnect.Icws.Messages;
using PureConnect.Icws.ResponseManagement;

namespace PureConnect.Icws;

/// <summary>Response Management (channels facts §6.1): the libraries the user may use, handed out by the
/// response-management subscription as download handles, and the personal library (<c>PUT response-management</c>).</summary>
public sealed partial class IcwsSession
{
    /// <summary>How often <see cref="ReadResponseLibrariesAsync"/> reads the session's messages for the library handles
    /// before it gives up (the server may queue the message after answering the subscription).</summary>
    private const int ResponseHandleReads = 25;

    private static readonly TimeSpan ResponseHandlePause = TimeSpan.FromMilliseconds(200);

    public Task SubscribeResponseManagementAsync(CancellationToken ct = default) =>
        SendAsync(HttpMethod.Put, $"{Subscriptions}response-management", ct: ct);

    public Task UnsubscribeResponseManagementAsync(CancellationToken ct = default) =>
        SendAsync(HttpMethod.Delete, $"{Subscriptions}response-management", ct: ct);

    /// <summary>
    /// Subscribes, takes the library handles from the session's queued messages (Dialer messages are set aside for the next
    /// <see cref="ReadQueuedMessagesAsync"/>, others dropped, as <see cref="ReadAsyncOutcomeAsync"/> does), stops the
    /// subscription and downloads every library — or takes it from <paramref name="cache"/> when that already holds the
    /// handle's <c>cacheTag</c>. The personal library is the one named after the user. For a session whose messages nobody
    /// else reads (an agent's command session). No handles in time: <see cref="IcwsProtocolException"/>.
    /// </summary>
    public Task<ResponseLibraries> ReadResponseLibrariesAsync(CancellationToken ct = default) => ReadResponseLibrariesAsync(null, ct);

    /// <inheritdoc cref="ReadResponseLibrariesAsync(CancellationToken)"/>
    public async Task<ResponseLibraries> ReadResponseLibrariesAsync(ResponseLibraryCache? cache, CancellationToken ct = default)
    {
        await SubscribeResponseManagementAsync(ct).ConfigureAwait(false);
        IReadOnlyList<ResponseLibraryHandle> handles;
        try
        {
            handles = await TakeResponseHandlesAsync(ct).ConfigureAwait(false);
        }
        finally
        {
            await UnsubscribeResponseManagementAsync(CancellationToken.None).ConfigureAwait(false);
        }

        var libraries = new List<ResponseLibrary>(handles.Count);
        foreach (var handle in handles)
        {
            libraries.Add(cache is null
                ? await DownloadResponseLibraryAsync(handle.Url, ct).ConfigureAwait(false)
                : await cache.GetAsync(handle, () => DownloadResponseLibraryAsync(handle.Url, ct)).ConfigureAwait(false));
        }

        var personal = libraries.FirstOrDefault(l => string.Equals(l.Name, UserId, StringComparison.OrdinalIgnoreCase));
        return new ResponseLibraries([.. libraries.Where(l => !ReferenceEquals(l, personal))], personal);
    }

    /// <summary>Downloads one library from a handle's <c>url</c>: absolute, server-rooted (<c>/icws/...</c>) or relative
    /// to the session (the form is [U]).</summary>
    public async Task<ResponseLibrary> DownloadResponseLibraryAsync(string url, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(url);
        IcwsResponse response;
        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            using var request = _sender.CreateRequest(HttpMethod.Get, absolute);
            response = await _sender.SendAsync(request, IcwsCallKind.Session, ct).ConfigureAwait(false);
        }
        else if (url.StartsWith("/icws/", StringComparison.OrdinalIgnoreCase))
        {
            using var request = _sender.CreateRequest(HttpMethod.Get, _sender.IcwsUri(url["/icws/".Length..]));
            response = await _sender.SendAsync(request, IcwsCallKind.Session, ct).ConfigureAwait(false);
        }
        else
        {
            response = await SendAsync(HttpMethod.Get, url.TrimStart('/'), ct: ct).ConfigureAwait(false);
        }

        return response.Read(ResponseLibraryJson.ReadLibrary);
    }

    /// <summary>Replaces the user's personal library (<c>PUT response-management</c>, 204).</summary>
    public Task SavePersonalResponseLibraryAsync(ResponseLibrary library, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(library);
        return SendAsync(HttpMethod.Put, "response-management", ResponseLibraryJson.Write(library), ct);
    }

    private async Task<IReadOnlyList<ResponseLibraryHandle>> TakeResponseHandlesAsync(CancellationToken ct)
    {
        for (var read = 0; read < ResponseHandleReads; read++)
        {
            var response = await SendAsync(HttpMethod.Get, "messaging/messages", ct: ct).ConfigureAwait(false);
            var messages = IcwsMessageParser.ParseArray(response.Body);
            ObserveVoicemail(messages);
            var full = messages.OfType<ResponseManagementMessage>().LastOrDefault(m => !m.IsDelta);
            Hold(messages.Where(m => m.Type.StartsWith(DialerMessagePrefix, StringComparison.OrdinalIgnoreCase)));
            if (full is not null)
            {
                return full.Added;
            }

            await Task.Delay(ResponseHandlePause, ct).ConfigureAwait(false);
        }

        throw new IcwsProtocolException("The CIC server sent no response-management libraries after the subscription.");
    }
}
