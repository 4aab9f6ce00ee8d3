namespace PureConnect.Benchmarks.WholeSystem;

/// <summary>Where the services' built assemblies are: next to the sources, in the configuration the benchmark was built in.</summary>
public static class ServiceLayout
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string AssemblyOf(string folder, string assemblyName)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            ? "Debug"
            : "Release";
        var path = Path.Combine(RepositoryRoot, "src", folder, "bin", configuration, "net10.0", assemblyName + ".dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"{assemblyName} is not built in {configuration}; build the solution first.", path);
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PureConnect.Orleans.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The benchmark runs from its build output inside the repository.");
    }
}
