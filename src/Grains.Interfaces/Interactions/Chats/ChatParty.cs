namespace PureConnect.Grains.Interactions.Chats;

/// <summary>Who a chat member is, seen from the interaction's owner: the web visitor, the owner (the agent), another CIC user,
/// or the system (join/leave notices).</summary>
public enum ChatParty
{
    Visitor = 0,
    Agent = 1,
    OtherUser = 2,
    System = 3,
}
