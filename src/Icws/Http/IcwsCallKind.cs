namespace PureConnect.Icws.Http;

/// <summary>Whether a request creates a session (errors mean bad login or switchover) or uses one (401/410 mean it expired).</summary>
internal enum IcwsCallKind
{
    Login,
    Session,
}
