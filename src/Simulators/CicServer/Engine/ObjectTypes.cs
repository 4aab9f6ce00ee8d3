namespace PureConnect.Simulators.CicServer.Engine;

/// <summary><c>Eic_ObjectType</c> values (channels facts §0, [2nd]).</summary>
internal static class ObjectTypes
{
    public const string Call = "Call";
    public const string Callback = "Callback";
    public const string Chat = "Chat";

    /// <summary>[2nd] (channels facts §0: IceLib's string for its Email interaction type).</summary>
    public const string Email = "Email Interaction";
}
