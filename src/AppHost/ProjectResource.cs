namespace PureConnect.AppHost;

/// <summary>
/// A service the AppHost runs as a child process: its built assembly, its environment (Aspire-style
/// variable names), and the URL whose <c>/health</c> says it is ready.
/// </summary>
public sealed record ProjectResource(string Name, string AssemblyPath, Uri? Url, IReadOnlyDictionary<string, string> Environment)
{
    public Uri? HealthUrl => Url is null ? null : new Uri(Url, "/health");
}
