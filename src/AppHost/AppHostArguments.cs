namespace PureConnect.AppHost;

/// <summary>
/// Short command-line switches for the everyday options (<c>--port-offset 100</c>, <c>--data /path</c>, <c>--silos 2</c>,
/// <c>--rabbitmq</c>, <c>--cic-url URL</c>, <c>--agents a,b</c>, <c>--development</c>), turned into the configuration keys
/// they stand for; every other argument passes through as it is. A second instance (a port offset) also moves the
/// dashboard's own ports by the offset, unless they were given.
/// </summary>
public static class AppHostArguments
{
    private static readonly Dictionary<string, string> Valued = new(StringComparer.Ordinal)
    {
        ["--port-offset"] = "PureConnect:PortOffset",
        ["--data"] = "PureConnect:DataFolder",
        ["--silos"] = "PureConnect:Silos",
        ["--cic-url"] = "PureConnect:CicUrl",
        ["--agents"] = "PureConnect:Agents",
    };

    private static readonly Dictionary<string, string> Flags = new(StringComparer.Ordinal)
    {
        ["--rabbitmq"] = "PureConnect:Transport=RabbitMQ",
        ["--development"] = "PureConnect:Environment=Development",
    };

    private static readonly (string Key, int Port)[] DashboardPorts =
    [
        ("ASPNETCORE_URLS", 18888),
        ("ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL", 18889),
        ("ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL", 18890),
    ];

    public static string[] Expand(IReadOnlyList<string> args)
    {
        var expanded = new List<string>(args.Count);
        for (var i = 0; i < args.Count; i++)
        {
            var (name, inline) = args[i].Split('=', 2) is [var n, var v] ? (n, v) : (args[i], null);
            if (Flags.TryGetValue(name, out var flag) && inline is null)
            {
                expanded.Add($"--{flag}");
            }
            else if (Valued.TryGetValue(name, out var key))
            {
                var value = inline ?? (i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value, e.g. {name} {Example(name)}."));
                expanded.Add($"--{key}={value}");
            }
            else
            {
                expanded.Add(args[i]);
            }
        }

        return [.. expanded];
    }

    /// <summary>The dashboard's URLs for an instance with this port offset: each one still at its default (18888-18890, what
    /// the launch profile sets) moved by the offset; one set to anything else is left as it is.</summary>
    public static IReadOnlyDictionary<string, string> DashboardUrls(int portOffset, Func<string, string?> environment) =>
        portOffset == 0
            ? new Dictionary<string, string>()
            : DashboardPorts.Where(p => environment(p.Key)?.TrimEnd('/') == $"http://localhost:{p.Port}")
                .ToDictionary(p => p.Key, p => $"http://localhost:{p.Port + portOffset}");

    private static string Example(string name) => name switch
    {
        "--port-offset" => "100",
        "--silos" => "2",
        "--cic-url" => "https://cic.example.com:8019",
        "--agents" => "agent1,agent2",
        _ => "/path",
    };
}
