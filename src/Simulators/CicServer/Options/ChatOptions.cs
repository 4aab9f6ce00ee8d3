namespace PureConnect.Simulators.CicServer.Options;

/// <summary>Chat behaviour the ICWS reference leaves unconfirmed (channels facts §1).</summary>
public sealed class ChatOptions
{
    /// <summary>[U] Whether the first <c>chatContentsMessage</c> after a subscription carries the transcript so far
    /// (otherwise it is empty and only new texts follow).</summary>
    public bool SubscriptionSendsTranscript { get; set; } = true;

    /// <summary>[U] Whether the server adds system texts when a party joins or leaves (the text of
    /// <c>Eic_AgentConnectedMsg</c> and friends is configuration on a real server).</summary>
    public bool SystemTexts { get; set; } = true;

    /// <summary>[U] Status code of a successful <c>PUT interactions/{id}/chat/typing-indicator</c>.</summary>
    public int TypingIndicatorSuccessStatus { get; set; } = 200;

    /// <summary>Simulator's limit on one text (a real server's limit is [U]).</summary>
    public int MaxTextLength { get; set; } = 4000;

    /// <summary>Chat utilisation: how many chats the ACD offers one agent at once (calls stay one at a time).</summary>
    public int MaxChatsPerAgent { get; set; } = 4;

    /// <summary>Whether an agent with a live chat is offered no ACD call until the chats end.</summary>
    public bool ChatsBlockCalls { get; set; }

    /// <summary>Whether an agent with a live call (or callback) is offered no ACD chat until it ends.</summary>
    public bool CallsBlockChats { get; set; }

    /// <summary>[U] How a server refuses an intercom chat with a user who is not logged in (the help sends the agent to
    /// Chat Mail; the facts give no error): the status code and the error id of the refusal.</summary>
    public int IntercomTargetNotLoggedInStatus { get; set; } = 400;

    /// <summary>[U] The error id of that refusal.</summary>
    public string IntercomTargetNotLoggedInErrorId { get; set; } = "error.request.interactions.chat.userNotLoggedIn";
}
