namespace PureConnect.Persistence.LocalPostgres;

/// <summary>Finds the PostgreSQL server programs: on the PATH, else the newest <c>/usr/lib/postgresql/*/bin</c>.</summary>
public static class PostgresBinaries
{
    public static string Locate(string? preferred = null)
    {
        if (preferred is not null)
        {
            return HasServerPrograms(preferred)
                ? preferred
                : throw new InvalidOperationException($"'{preferred}' does not contain initdb and pg_ctl.");
        }

        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(HasServerPrograms);
        if (onPath is not null)
        {
            return onPath;
        }

        const string debianRoot = "/usr/lib/postgresql";
        var versioned = Directory.Exists(debianRoot)
            ? Directory.GetDirectories(debianRoot)
                .Select(dir => (Dir: Path.Combine(dir, "bin"), Version: int.TryParse(Path.GetFileName(dir), out var v) ? v : 0))
                .Where(candidate => HasServerPrograms(candidate.Dir))
                .OrderByDescending(candidate => candidate.Version)
                .Select(candidate => candidate.Dir)
                .FirstOrDefault()
            : null;

        return versioned ?? throw new InvalidOperationException(
            "PostgreSQL server programs (initdb, pg_ctl) were not found on the PATH nor under /usr/lib/postgresql/*/bin. " +
            "Install the server (Debian: apt-get install postgresql) or set LocalPostgresOptions.BinDirectory.");
    }

    private static bool HasServerPrograms(string dir) =>
        File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl"));
}
