namespace PureConnect.Persistence.Hosting;

/// <summary>How the host reaches PostgreSQL and retries the start-up migration while it is unavailable.</summary>
public sealed class DatabaseStartupOptions
{
    public string ConnectionString { get; set; } = "";

    /// <summary>Wait after each of the first eight failed attempts; doubled after each further failure, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan InitialRetryDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);
}
