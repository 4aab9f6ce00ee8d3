using PureConnect.Simulators.CicServer.Engine;

namespace PureConnect.Simulators.CicServer.Http;

internal static class HttpContextExtensions
{
    /// <summary>The session <see cref="SessionFilter"/> admitted the request with.</summary>
    public static Session IcwsSession(this HttpContext http) => (Session)http.Items[typeof(Session)]!;
}
