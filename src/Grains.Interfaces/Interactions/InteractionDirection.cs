namespace PureConnect.Grains.Interactions;

public enum InteractionDirection
{
    Unknown = 0,
    Inbound = 1,
    Outbound = 2,
}
