using System.Text.Json.Nodes;
using PureConnect.Icws.Json;

namespace PureConnect.Icws;

/// <summary>Callbacks (reference §7.6, channels facts §3).</summary>
public sealed partial class IcwsSession
{
    /// <summary>Calls the number of callback <paramref name="callbackId"/> (<c>createCallbackResponseCallParameters</c> → 201);
    /// returns the new call's interaction id. Never retried.</summary>
    public async Task<string> CallCallbackNumberAsync(string callbackId, string target, string? workgroup = null, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(callbackId);
        ArgumentException.ThrowIfNullOrEmpty(target);
        var body = new JsonObject
        {
            ["__type"] = "urn:inin.com:interactions.callback:createCallbackResponseCallParameters",
            ["parentInteractionId"] = callbackId,
            ["target"] = target,
        };
        if (!string.IsNullOrEmpty(workgroup))
            body["workgroup"] = workgroup;
        var response = await SendAsync(HttpMethod.Post, "interactions", body, ct).ConfigureAwait(false);
        return response.Read(root => JsonRead.RequiredString(root, "interactionId"));
    }

    /// <summary>Completes, fails or retries a callback (<c>PUT interactions/{id}/callback/disposition</c>; any 2xx is success,
    /// the code being [U]).</summary>
    public Task DispositionCallbackAsync(string callbackId, CallbackDisposition disposition, CancellationToken ct = default) =>
        SendAsync(HttpMethod.Put, $"interactions/{Segment(callbackId)}/callback/disposition", new JsonObject { ["disposition"] = (int)disposition }, ct);

    /// <summary>Watches a callback's <c>callbackMessage</c> (<c>PUT messaging/subscriptions/interactions/{id}/callback</c>, facts §5.2).</summary>
    public Task SubscribeCallbackAsync(string interactionId, CancellationToken ct = default) =>
        SendAsync(HttpMethod.Put, $"{Subscriptions}interactions/{Segment(interactionId)}/callback", ct: ct);

    public Task UnsubscribeCallbackAsync(string interactionId, CancellationToken ct = default) =>
        SendAsync(HttpMethod.Delete, $"{Subscriptions}interactions/{Segment(interactionId)}/callback", ct: ct);
}
