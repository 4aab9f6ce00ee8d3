using System.Net;
using System.Net.Sockets;
using Aspire.Hosting.ApplicationModel;

namespace PureConnect.AppHost;

/// <summary>
/// The fixed ports the services listen on themselves (not proxied), checked before anything starts: with one of them taken
/// DCP would wait, without a word, to create the resources. One console line per taken port, naming its resource.
/// </summary>
public static class PortCheck
{
    public static IReadOnlyList<string> TakenPorts(IEnumerable<IResource> resources) =>
    [
        .. from resource in resources
           from endpoint in resource.Annotations.OfType<EndpointAnnotation>()
           where !endpoint.IsProxied && endpoint.Port is > 0 && IsTaken(endpoint.Port.Value)
           select $"✗ {resource.Name} cannot start: port {endpoint.Port} ({endpoint.Name}) is already taken by another process. Stop it, or run "
                  + "beside it with another port offset (--PureConnect:PortOffset=100).",
    ];

    private static bool IsTaken(int port)
    {
        if (port > IPEndPoint.MaxPort)
            throw new InvalidOperationException($"Port {port} is out of range: the port offset is too large (the gateway's 30000 plus the offset must stay below 65536).");

        var listener = new TcpListener(IPAddress.Loopback, port);
        try
        {
            listener.Start();
            return false;
        }
        catch (SocketException)
        {
            return true;
        }
        finally
        {
            listener.Stop();
        }
    }
}
