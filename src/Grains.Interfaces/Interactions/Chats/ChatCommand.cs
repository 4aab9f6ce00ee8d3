namespace PureConnect.Grains.Interactions.Chats;

public enum ChatCommandKind
{
    /// <summary>Send <see cref="ChatCommand.Text"/> into the chat.</summary>
    SendText = 1,

    /// <summary>Turn the typing indicator on or off (<see cref="ChatCommand.Typing"/>).</summary>
    Typing = 2,

    /// <summary>Send a File response (<see cref="ChatCommand.Text"/> is its response item id) to the web chat's visitor.</summary>
    SendResponseFile = 3,
}

/// <summary>An agent's chat command on their own chat.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.ChatCommand")]
public sealed record ChatCommand(string UserId, ChatCommandKind Kind, string? Text = null, bool Typing = false);
