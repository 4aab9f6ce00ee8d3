namespace PureConnect.AgentUi.AgentApi;

/// <summary>The AgentApi endpoints the softphone uses, one method per call of docs/agent-api.md.</summary>
public static class AgentApiCalls
{
    public static Task<ApiResult<LoginOptions>> GetLoginOptionsAsync(this AgentApiClient api) =>
        api.SendAsync<LoginOptions>(HttpMethod.Get, "/api/login/options");

    public static Task<ApiResult<LoginStepResult>> LogInAsync(this AgentApiClient api, LoginRequest request) =>
        api.SendAsync<LoginStepResult>(HttpMethod.Post, "/api/login", request);

    public static Task<ApiResult<LoginStepResult>> AnswerAgreementAsync(this AgentApiClient api, bool accept) =>
        api.SendAsync<LoginStepResult>(HttpMethod.Post, "/api/login/agreement", new AgreementRequest(accept));

    public static Task<ApiResult<LoginStepResult>> ChangePasswordAsync(this AgentApiClient api, PasswordRequest request) =>
        api.SendAsync<LoginStepResult>(HttpMethod.Post, "/api/login/password", request);

    public static Task<ApiResult<LoginStepResult>> SelectStationAsync(this AgentApiClient api, StationRequest request) =>
        api.SendAsync<LoginStepResult>(HttpMethod.Post, "/api/login/station", request);

    public static Task<ApiResult<SessionInfo>> GetSessionAsync(this AgentApiClient api) =>
        api.SendAsync<SessionInfo>(HttpMethod.Get, "/api/session");

    public static Task<ApiResult<object>> LogOutAsync(this AgentApiClient api) =>
        api.SendAsync<object>(HttpMethod.Delete, "/api/session");

    public static Task<ApiResult<IReadOnlyList<StatusItem>>> GetStatusesAsync(this AgentApiClient api, CancellationToken cancellationToken = default) =>
        api.SendAsync<IReadOnlyList<StatusItem>>(HttpMethod.Get, "/api/statuses", cancellationToken: cancellationToken);

    public static Task<ApiResult<object>> ChangeStatusAsync(this AgentApiClient api, StatusChange change) =>
        api.SendAsync<object>(HttpMethod.Put, "/api/me/status", change);

    public static Task<ApiResult<object>> SaveFavoritesAsync(this AgentApiClient api, IReadOnlyList<string> statusIds) =>
        api.SendAsync<object>(HttpMethod.Put, "/api/me/favorites", new FavoritesChange(statusIds));

    /// <summary><paramref name="action"/>: pickup, hold, unhold, mute, unmute, disconnect, and the call controls without a body:
    /// pickup-hold, record, snip, secure-pause, voicemail, redial.</summary>
    public static Task<ApiResult<object>> ControlAsync(this AgentApiClient api, string interactionKey, string action) =>
        api.SendAsync<object>(HttpMethod.Post, $"{Interaction(interactionKey)}/{action}");

    /// <summary><paramref name="action"/>: call (the callback's number; answers the new call), complete, retry or fail.</summary>
    public static Task<ApiResult<CallPlaced>> CallbackAsync(this AgentApiClient api, string interactionKey, string action) =>
        api.SendAsync<CallPlaced>(HttpMethod.Post, $"{Interaction(interactionKey)}/callback/{action}");

    /// <summary>The chat's transcript, oldest first; reading it clears the unread count.</summary>
    public static Task<ApiResult<ChatTranscript>> GetChatAsync(this AgentApiClient api, string interactionKey) =>
        api.SendAsync<ChatTranscript>(HttpMethod.Get, $"{Interaction(interactionKey)}/chat");

    public static Task<ApiResult<object>> SendChatTextAsync(this AgentApiClient api, string interactionKey, string text) =>
        api.SendAsync<object>(HttpMethod.Post, $"{Interaction(interactionKey)}/chat/messages", new ChatTextRequest(text));

    public static Task<ApiResult<object>> SendChatResponseFileAsync(this AgentApiClient api, string interactionKey, string responseId) =>
        api.SendAsync<object>(HttpMethod.Post, $"{Interaction(interactionKey)}/chat/response-files", new ChatResponseFileRequest(responseId));

    public static Task<ApiResult<object>> AttachEmailResponseFileAsync(this AgentApiClient api, string interactionKey, string responseId) =>
        api.SendAsync<object>(HttpMethod.Post, $"{Interaction(interactionKey)}/email/response-files", new ChatResponseFileRequest(responseId));

    public static Task<ApiResult<object>> SetChatTypingAsync(this AgentApiClient api, string interactionKey, bool typing) =>
        api.SendAsync<object>(HttpMethod.Put, $"{Interaction(interactionKey)}/chat/typing", new ChatTypingRequest(typing));

    public static Task<ApiResult<object>> AssignWrapUpAsync(this AgentApiClient api, string interactionKey, string code) =>
        api.SendAsync<object>(HttpMethod.Post, $"/api/me/interactions/{Uri.EscapeDataString(interactionKey)}/wrap-up", new WrapUpRequest(code));

    public static Task<ApiResult<InteractionItem>> SaveCallLogAsync(this AgentApiClient api, string interactionKey, CallLogChange change) =>
        api.SendAsync<InteractionItem>(HttpMethod.Put, $"/api/me/interactions/{Uri.EscapeDataString(interactionKey)}/call-log", change);

    public static Task<ApiResult<CallPlaced>> MakeCallAsync(this AgentApiClient api, MakeCallRequest request) =>
        api.SendAsync<CallPlaced>(HttpMethod.Post, "/api/me/calls", request);

    public static Task<ApiResult<CallPlaced>> RedialAsync(this AgentApiClient api, string interactionKey) =>
        api.SendAsync<CallPlaced>(HttpMethod.Post, $"{Interaction(interactionKey)}/redial");

    public static Task<ApiResult<object>> SendDigitsAsync(this AgentApiClient api, string interactionKey, string digits) =>
        api.SendAsync<object>(HttpMethod.Post, $"{Interaction(interactionKey)}/digits", new DigitsRequest(digits));

    public static Task<ApiResult<object>> RequestAssistanceAsync(this AgentApiClient api, string interactionKey, string message) =>
        api.SendAsync<object>(HttpMethod.Post, $"{Interaction(interactionKey)}/assistance", new AssistanceRequest(message));

    public static Task<ApiResult<object>> TransferAsync(this AgentApiClient api, string interactionKey, TransferRequest request) =>
        api.SendAsync<object>(HttpMethod.Post, $"{Interaction(interactionKey)}/transfer", request);

    /// <summary><paramref name="action"/>: complete, disconnect, both or neither.</summary>
    public static Task<ApiResult<object>> ActOnConsultAsync(this AgentApiClient api, string interactionKey, string action) =>
        api.SendAsync<object>(HttpMethod.Post, $"{Interaction(interactionKey)}/consult/{action}");

    public static Task<ApiResult<object>> ConferenceAsync(this AgentApiClient api, string ontoKey, string draggedKey) =>
        api.SendAsync<object>(HttpMethod.Post, "/api/me/conferences", new ConferenceRequest(ontoKey, draggedKey));

    public static Task<ApiResult<DirectoryResult>> SearchDirectoryAsync(this AgentApiClient api, string text, int max, CancellationToken cancellationToken) =>
        api.SendAsync<DirectoryResult>(HttpMethod.Get, $"/api/me/directory?q={Uri.EscapeDataString(text)}&max={max}", cancellationToken: cancellationToken);

    public static Task<ApiResult<AdvancedDialInfo>> GetAdvancedDialAsync(this AgentApiClient api) =>
        api.SendAsync<AdvancedDialInfo>(HttpMethod.Get, "/api/me/advanced-dial");

    /// <summary><paramref name="filter"/>: all, missed, outgoing, answered or forwarded.</summary>
    public static Task<ApiResult<IReadOnlyList<CallHistoryItem>>> GetCallHistoryAsync(this AgentApiClient api, string filter) =>
        api.SendAsync<IReadOnlyList<CallHistoryItem>>(HttpMethod.Get, $"/api/me/call-history?filter={Uri.EscapeDataString(filter)}");

    /// <summary>The workgroups the agent belongs to and whether they are active in each (spec: "Change your workgroup activation status").</summary>
    public static Task<ApiResult<IReadOnlyList<WorkgroupActivationItem>>> GetWorkgroupsAsync(this AgentApiClient api) =>
        api.SendAsync<IReadOnlyList<WorkgroupActivationItem>>(HttpMethod.Get, "/api/me/workgroups");

    public static Task<ApiResult<IReadOnlyList<WorkgroupActivationItem>>> SetWorkgroupActivationAsync(this AgentApiClient api, string workgroup, bool activated) =>
        api.SendAsync<IReadOnlyList<WorkgroupActivationItem>>(HttpMethod.Put, $"/api/me/workgroups/{Uri.EscapeDataString(workgroup)}",
            new WorkgroupActivationChange(activated));

    public static Task<ApiResult<PresenceSyncInfo>> GetOmniPresenceAsync(this AgentApiClient api) =>
        api.SendAsync<PresenceSyncInfo>(HttpMethod.Get, "/api/me/omni-presence");

    public static Task<ApiResult<object>> ConfirmOmniPresenceAsync(this AgentApiClient api, PresenceConfirmation confirmation) =>
        api.SendAsync<object>(HttpMethod.Post, "/api/me/omni-presence/confirmations", confirmation);

    private static string Interaction(string key) => $"/api/me/interactions/{Uri.EscapeDataString(key)}";

    public static Task<ApiResult<IntercomChatStarted>> StartIntercomChatAsync(this AgentApiClient api, string userId) =>
        api.SendAsync<IntercomChatStarted>(HttpMethod.Post, "/api/me/intercom-chats", new IntercomChatRequest(userId));

    public static Task<ApiResult<object>> SendChatMailAsync(this AgentApiClient api, string userId, string text) =>
        api.SendAsync<object>(HttpMethod.Post, "/api/me/chat-mail", new ChatMailRequest(userId, text));
}
