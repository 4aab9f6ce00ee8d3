using Microsoft.Extensions.Logging;
using PureConnect.Grains.Interactions.Chats;
using PureConnect.Icws;
using PureConnect.Icws.Interactions;

namespace PureConnect.Grains.Agents;

/// <summary>Intercom chats and Chat Mail on the agent's own CIC session (spec: "Start an intercom chat"). The new chat reaches the
/// agent's queue through the ingest like any interaction; its key is read from CIC at once so the softphone can open it.</summary>
public sealed partial class AgentGrain
{
    public async Task<IntercomChatStarted> StartIntercomChatAsync(string targetUserId)
    {
        if (IntercomChatRules.CheckTarget(targetUserId, UserId) is { } refused)
        {
            return IntercomChatStarted.From(refused);
        }

        var target = targetUserId.Trim();
        string? key = null;
        var result = await _session.RunAsync(async session =>
        {
            try
            {
                var interactionId = await session.StartIntercomChatAsync(target);
                key = await KeyOfAsync(session, interactionId);
                return CommandResult.Ok(interactionId);
            }
            catch (IcwsRequestException ex) when (IntercomChatRules.Refusal(ex.StatusCode, ex.ErrorId, target) is { } refusal)
            {
                logger.LogInformation("CIC refused agent {UserId} an intercom chat with {Target}: {ErrorId}", UserId, target, ex.ErrorId);
                return refusal;
            }
        }, OnSessionExpiredAsync);
        if (result.Succeeded)
        {
            logger.LogInformation("Agent {UserId} started intercom chat {InteractionId} with {Target}", UserId, result.InteractionId, target);
        }

        return result.Succeeded ? new IntercomChatStarted(true, result.InteractionId, key) : IntercomChatStarted.From(result);
    }

    public async Task<CommandResult> SendChatMailAsync(string targetUserId, string text)
    {
        if (IntercomChatRules.CheckMail(targetUserId, UserId, text) is { } refused)
        {
            return refused;
        }

        var target = targetUserId.Trim();
        var result = await _session.RunAsync(async session =>
        {
            try
            {
                await session.SendChatMailAsync(target, text);
                return CommandResult.Ok();
            }
            catch (IcwsRequestException ex) when (IntercomChatRules.Refusal(ex.StatusCode, ex.ErrorId, target) is { } refusal)
            {
                return refusal;
            }
        }, OnSessionExpiredAsync);
        if (result.Succeeded)
        {
            logger.LogInformation("Agent {UserId} sent a Chat Mail to {Target}", UserId, target);
        }

        return result;
    }

    /// <summary>The grain key the ingest gives the interaction (<c>Eic_CallIdKey</c>, else its id; see the ingest's queue contents).</summary>
    private async Task<string> KeyOfAsync(IcwsSession session, string interactionId)
    {
        try
        {
            var attributes = await session.GetAttributesAsync(interactionId, [IcwsAttributeNames.Eic_CallIdKey]);
            return attributes.TryGetValue(IcwsAttributeNames.Eic_CallIdKey, out var key) && key.Length > 0 ? key : interactionId;
        }
        catch (IcwsRequestException ex)
        {
            logger.LogWarning(ex, "Could not read the key of interaction {InteractionId} for agent {UserId}", interactionId, UserId);
            return interactionId;
        }
    }
}
