using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;

namespace PureConnect.AppHost;

/// <summary>
/// What the AppHost runs, from configuration (section <c>PureConnect</c>: command line <c>--PureConnect:Silos=2</c> or
/// environment <c>PureConnect__Silos=2</c>); every default is the embedded demo. An existing PostgreSQL is
/// <c>ConnectionStrings:pureconnect</c>; the CIC monitor account and the operator key are Aspire parameters.
/// </summary>
public sealed record AppHostOptions(
    string DataFolder,
    int PortOffset,
    int Silos,
    bool UseRabbitMq,
    string Environment,
    Uri? CicServerUrl,
    IReadOnlyList<string> Agents,
    string? PostgresConnectionString)
{
    /// <summary>The folder of PostgreSQL's server programs (<c>PureConnect:PostgresBin</c>); null finds them.</summary>
    public string? PostgresBin { get; init; }

    /// <summary>How long the console waits before it names what is still not healthy (<c>PureConnect:StartupPatience</c>).</summary>
    public TimeSpan StartupPatience { get; init; } = TimeSpan.FromMinutes(2);

    public const string Section = "PureConnect";

    public bool UsesSimulator => CicServerUrl is null;

    public int Port(int port) => port + PortOffset;

    public static AppHostOptions From(IConfiguration configuration, string appHostDirectory)
    {
        var section = configuration.GetSection(Section);
        var offset = section.GetValue("PortOffset", 0);
        // A second instance (another port offset) gets its own data folder, so the two never share a cluster.
        var defaultData = Path.GetFullPath(Path.Combine(appHostDirectory, "..", "..", offset == 0 ? ".data" : $".data-{offset}"));
        var agents = section["Agents"] is { Length: > 0 } list
            ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [.. Enumerable.Range(1, 12).Select(n => $"agent{n}")];
        return new AppHostOptions(
            Path.GetFullPath(section["DataFolder"] is { Length: > 0 } data ? data : defaultData),
            offset,
            Math.Clamp(section.GetValue("Silos", 1), 1, 4),
            string.Equals(section["Transport"], "RabbitMQ", StringComparison.OrdinalIgnoreCase),
            section["Environment"] is { Length: > 0 } environment ? environment : "Production",
            section["CicUrl"] is { Length: > 0 } cic ? new Uri(cic) : null,
            agents,
            configuration.GetConnectionString("pureconnect") is { Length: > 0 } postgres ? postgres : null)
        {
            PostgresBin = section["PostgresBin"] is { Length: > 0 } bin ? bin : null,
            StartupPatience = section.GetValue("StartupPatience", TimeSpan.FromMinutes(2)),
        };
    }

    /// <summary>A new operator key for a run that was given none.</summary>
    public static string NewOperationsKey() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
