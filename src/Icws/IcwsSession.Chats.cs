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

    /// <summary>Turns the agent's typing indicator on or off (any 2xx is success, the code being [U]).</summary>
    public Task SetChatTypingAsync(string interactionId, bool on, CancellationToken ct = default) =>
        SendAsync(HttpMethod.Put, $"interactions/{Segment(interactionId)}/chat/typing-indicator", new JsonObject { ["on"] = on }, ct);
}
