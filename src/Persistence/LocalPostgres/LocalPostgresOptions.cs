namespace PureConnect.Persistence.LocalPostgres;

/// <summary>Where and how a <see cref="LocalPostgresCluster"/> runs.</summary>
/// <param name="DataDirectory">The cluster's data folder; created by <c>initdb</c> when it holds no cluster yet.</param>
/// <param name="Port">TCP port on 127.0.0.1. No Unix socket is opened.</param>
public sealed record LocalPostgresOptions(string DataDirectory, int Port)
{
    /// <summary>
    /// True (the default) keeps PostgreSQL's crash-safe settings (fsync, synchronous commit, full page
    /// writes). False turns them off: much faster, and fine for a throwaway test cluster, but a power cut
    /// or OS crash can corrupt the data.
    /// </summary>
    public bool Durable { get; init; } = true;

    public int MaxConnections { get; init; } = 300;

    /// <summary>More server settings (name → value as written in <c>postgresql.conf</c>), e.g. for a benchmark's statistics.</summary>
    public IReadOnlyDictionary<string, string> ExtraSettings { get; init; } = new Dictionary<string, string>();

    /// <summary>Folder holding <c>initdb</c> and <c>pg_ctl</c>; found automatically when null.</summary>
    public string? BinDirectory { get; init; }

    /// <summary>How long to wait for the server to accept connections.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
