using Microsoft.Extensions.Logging;
using PureConnect.Grains.Agents;
using PureConnect.Grains.Interactions.Chats;

namespace PureConnect.Grains.Interactions;

// Chats: what CIC's chat subscription reports, the owner reading the transcript, and the owner's texts and typing.
public sealed partial class InteractionGrain
{
    public Task ObserveCallbackAsync(Callbacks.CallbackObservation observation) =>
        RaiseAndConfirmAsync(Callbacks.CallbackRules.Observe(Current, observation));

    public Task ObserveChatAsync(ChatObservation observation) =>
        RaiseAndConfirmAsync(ChatRules.Observe(Current.Chat, Current.UserId, observation));

    public async Task<ChatView?> ReadChatAsync(string userId)
    {
        if (!ChatRules.IsChat(Current) || Current.UserId != userId)
        {
            return null;
        }

        await RaiseAndConfirmAsync(ChatRules.Read(Current, userId, time.GetUtcNow()));
        return ChatRules.View(Current.Chat);
    }

    public async Task<CommandResult> ExecuteChatAsync(ChatCommand command)
    {
        if (ChatRules.Check(Current, command) is { } refused)
        {
            return refused;
        }

        var call = command.Kind switch
        {
            ChatCommandKind.SendText => new IcwsCall(IcwsCallKind.SendChatText, Current.InteractionId, Text: command.Text),
            ChatCommandKind.SendResponseFile => new IcwsCall(IcwsCallKind.SendChatResponseFile, Current.InteractionId, Text: command.Text),
            _ => new IcwsCall(IcwsCallKind.ChatTyping, Current.InteractionId, On: command.Typing),
        };
        var result = await GrainFactory.GetGrain<IAgentGrain>(command.UserId).ExecuteIcwsAsync(call);
        if (!result.Result.Succeeded)
        {
            logger.LogInformation("CIC refused chat command {Command} on interaction {InteractionKey} for {UserId}: {Error}", command.Kind, Key,
                command.UserId, result.Result.ErrorCode);
            return result.Result;
        }

        return CommandResult.Ok(Current.InteractionId);
    }
}
