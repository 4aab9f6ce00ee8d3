namespace PureConnect.Grains.EventSourcing;

/// <summary>
/// The stable, versioned name under which an event is stored in the event store
/// (for example <c>V1.InteractionConnected</c>). Renaming or moving the class never breaks replay.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class EventTypeAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
