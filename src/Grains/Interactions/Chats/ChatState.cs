using System.Collections.Immutable;

namespace PureConnect.Grains.Interactions.Chats;

/// <summary>A chat's members (with their typing state), its transcript oldest first, and how many texts from others the owner
/// has not read yet.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.ChatState")]
public sealed record ChatState
{
    public static readonly ChatState Initial = new();

    [Id(0)]
    public ImmutableList<ChatMemberView> Members { get; init; } = [];
    [Id(1)]
    public ImmutableList<ChatEntryView> Transcript { get; init; } = [];
    [Id(2)]
    public int Unread { get; init; }
}
