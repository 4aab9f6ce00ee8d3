using System.Text.Json.Nodes;

namespace PureConnect.Icws;

/// <summary>Chats (channels facts §1.2–1.4). Joining is the generic pickup; leaving the generic disconnect.</summary>
public sealed partial class IcwsSession
{
    /// <summary>Watches a chat's members and texts (<c>PUT messaging/subscriptions/interactions/{id}/chat</c>).</summary>
    public Task SubscribeChatAsync(string interactionId, CancellationToken ct = default) =>
        SendAsync(HttpMethod.Put, $"{Subscriptions}interactions/{Segment(interactionId)}/chat", ct: ct);

    public Task UnsubscribeChatAsync(string interactionId, CancellationToken ct = default) =>
        SendAsync(HttpMethod.Delete, $"{Subscriptions}interactions/{Segment(interactionId)}/chat", ct: ct);

    /// <summary>Sends a text into the chat (<c>chatSendTextParameters</c>); never retried.</summary>
    public Task SendChatTextAsync(string interactionId, string text, bool clearTypingIndicator = true, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(interactionId);
        ArgumentException.ThrowIfNullOrEmpty(text);
        return SendAsync(HttpMethod.Post, $"interactions/{Segment(interactionId)}/chat/messages",
            new JsonObject { ["text"] = text, ["clearTypingIndicator"] = clearTypingIndicator }, ct);
    }

    /// <summary>Sends a File response to the web chat's visitor (<c>POST interactions/{id}/chat/send-response-management-file {itemId}</c>,
    /// channels facts §1.4; any 2xx is success, the code being [U]); never retried.</summary>
    public Task SendChatResponseFileAsync(string interactionId, string itemId, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(interactionId);
        ArgumentException.ThrowIfNullOrEmpty(itemId);
        return SendAsync(HttpMethod.Post, $"interactions/{Segment(interactionId)}/chat/send-response-management-file", new JsonObject { ["itemId"] = itemId }, ct);
    }

    /// <summary>Turns the agent's typing indicator on or off (any 2xx is success, the code being [U]).</summary>
    public Task SetChatTypingAsync(string interactionId, bool on, CancellationToken ct = default) =>
        SendAsync(HttpMethod.Put, $"interactions/{Segment(interactionId)}/chat/typing-indicator", new JsonObject { ["on"] = on }, ct);

    /// <summary>Starts an intercom chat with another user (channels facts §1.5: <c>POST interactions</c> with
    /// <c>createChatParameters {target}</c> → 201 <c>{interactionId}</c>); returns the new interaction id. Never retried.</summary>
    public async Task<string> StartIntercomChatAsync(string targetUserId, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(targetUserId);
        var body = new JsonObject
        {
            ["__type"] = "urn:inin.com:interactions.chat:createChatParameters",
            ["target"] = targetUserId,
        };
        var response = await SendAsync(HttpMethod.Post, "interactions", body, ct).ConfigureAwait(false);
        return response.Read(root => Json.JsonRead.RequiredString(root, "interactionId"));
    }

    /// <summary>[U] Leaves a Chat Mail for a user (the help: a chat with a user who is not logged in "sends you to Chat Mail",
    /// e-mailed to them). No ICWS resource for it is known: this is the CIC simulator's <c>POST chat-mail {target, text}</c>.
    /// Never retried.</summary>
    public Task SendChatMailAsync(string targetUserId, string text, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(targetUserId);
        ArgumentException.ThrowIfNullOrEmpty(text);
        return SendAsync(HttpMethod.Post, "chat-mail", new JsonObject { ["target"] = targetUserId, ["text"] = text }, ct);
    }
}
