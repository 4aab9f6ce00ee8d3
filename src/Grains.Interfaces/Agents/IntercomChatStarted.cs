namespace PureConnect.Grains.Agents;

/// <summary>The answer to starting an intercom chat: the new interaction's CIC id and grain key (the one the agent's queue and the
/// chat endpoints use), or why it was refused (<c>chat.*</c> codes, CIC errors).</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.IntercomChatStarted")]
public sealed record IntercomChatStarted(bool Succeeded, string? InteractionId = null, string? Key = null, string? ErrorCode = null, string? Message = null)
{
    public static IntercomChatStarted From(CommandResult refused) => new(false, ErrorCode: refused.ErrorCode, Message: refused.Message);
}
