namespace PureConnect.Simulators.CicServer.Engine;

/// <summary><c>Eic_ObjectType</c> values (channels facts §0, [2nd]).</summary>
internal static class ObjectTypes
{
    public const string Call = "Call";
    public const string Callback = "Callback";
    public const string Chat = "Chat";
}
