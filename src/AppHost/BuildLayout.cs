using System.Reflection;

namespace PureConnect.AppHost;

/// <summary>Where the services' built assemblies are: the AppHost is built with them, in the same configuration.</summary>
public static class BuildLayout
{
    private static string? OptionalMetadata(string key) =>
        typeof(BuildLayout).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == key)?.Value;

    private static string Metadata(string key) =>
        OptionalMetadata(key) ?? throw new InvalidOperationException($"AppHost was built without {key}.");

    public static string SourceRoot => Metadata("SourceRoot");

    public static string RepositoryRoot => Path.GetFullPath(Path.Combine(SourceRoot, ".."));

    /// <summary>The built entry assembly of <c>src/{folder}</c>.</summary>
    public static string AssemblyOf(string folder, string assemblyName)
    {
        var configuration = Metadata("BuildConfiguration");
        var path = OptionalMetadata("ArtifactsPath") is { Length: > 0 } artifacts
            ? Path.Combine(artifacts, "bin", Path.GetFileName(folder), configuration.ToLowerInvariant(), assemblyName + ".dll")
            : Path.Combine(SourceRoot, folder, "bin", configuration, "net10.0", assemblyName + ".dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"{assemblyName} is not built; run 'dotnet build' first.", path);
    }
}
