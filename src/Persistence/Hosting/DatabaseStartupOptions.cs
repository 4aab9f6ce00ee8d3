namespace PureConnect.Persistence.Hosting;

/// <summary>How the host reaches PostgreSQL and retries the start-up migration while it is unavailable.</summary>
public sealed class DatabaseStartupOptions
{
    public string ConnectionString { get; set; } = "";

    /// <summary>Wait after the first failed attempt; doubled after each further failure.</summary>
    public TimeSpan InitialRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);
}
