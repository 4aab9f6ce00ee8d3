using System.Reflection;

namespace PureConnect.AppHost;

/// <summary>
/// Where a service's built entry assembly is. The AppHost is built together with the services it references, in its own
/// configuration, so each service runs as <c>dotnet bin/{configuration}/{framework}/PureConnect.X.dll</c> in its project
/// folder (what <c>dotnet run</c> ends up doing too, without an MSBuild evaluation per service and start).
/// </summary>
public static class BuiltService
{
    private static string Metadata(string key) =>
        typeof(BuiltService).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"The AppHost was built without its {key} metadata.");

    /// <summary>The project's folder (the service's working directory) and its built entry assembly.</summary>
    public static (string Directory, string Assembly) Of(string projectPath)
    {
        var directory = Path.GetDirectoryName(projectPath)!;
        var output = Path.Combine(directory, "bin", Metadata("BuildConfiguration"), Metadata("TargetFramework"));
        var name = Path.GetFileNameWithoutExtension(projectPath);
        // The entry assembly is the one with a runtimeconfig: PureConnect.{name}.dll, PureConnect.Simulators.{name}.dll.
        var entry = Directory.Exists(output)
            ? Directory.EnumerateFiles(output, "*.runtimeconfig.json")
                .Select(f => Path.Combine(output, Path.GetFileName(f)[..^".runtimeconfig.json".Length] + ".dll"))
                .FirstOrDefault(f => Path.GetFileNameWithoutExtension(f) == name || Path.GetFileNameWithoutExtension(f).EndsWith($".{name}", StringComparison.Ordinal))
            : null;
        return (directory, entry is not null && File.Exists(entry) ? entry
            : throw new FileNotFoundException($"{name} is not built in {output}: build the AppHost (dotnet build src/AppHost), which builds every service."));
    }

    /// <summary>The <c>dotnet</c> host that runs the AppHost, else the one on the PATH.</summary>
    public static string DotnetHost { get; } =
        Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self
        : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host
        : "dotnet";
}
