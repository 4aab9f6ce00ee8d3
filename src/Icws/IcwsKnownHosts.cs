namespace PureConnect.Icws;

/// <summary>
/// What the last successful login taught about the deployment: the host that accepted it and the alternate hosts it
/// named (<c>alternateHostList</c>, §1.1). One instance is shared by every connector of a process, so a session made
/// after the primary died (an agent's, the ingest's) starts where the last login succeeded and rotates through the
/// alternates when a host cannot be reached. Thread-safe.
/// </summary>
public sealed class IcwsKnownHosts
{
    private readonly Lock _gate = new();
    private string? _lastAccepted;
    private IReadOnlyList<string> _alternates = [];

    /// <summary>The host that accepted the last login; null before the first one.</summary>
    public string? LastAccepted
    {
        get
        {
            lock (_gate)
            {
                return _lastAccepted;
            }
        }
    }

    /// <summary>The alternate hosts the last successful login named (never the host it was made on).</summary>
    public IReadOnlyList<string> Alternates
    {
        get
        {
            lock (_gate)
            {
                return _alternates;
            }
        }
    }

    /// <summary>Records a successful login on <paramref name="host"/> and the alternates it named.</summary>
    public void Remember(string host, IReadOnlyList<string> alternates)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        ArgumentNullException.ThrowIfNull(alternates);
        lock (_gate)
        {
            _lastAccepted = host;
            _alternates = [.. alternates];
        }
    }

    /// <summary>
    /// The hosts to try, in order: the last one that accepted a login (else the configured one), then the configured one,
    /// then the learned alternates, without duplicates.
    /// </summary>
    public IReadOnlyList<string> Candidates(string configuredHost)
    {
        lock (_gate)
        {
            return [.. new[] { _lastAccepted ?? configuredHost, configuredHost }.Concat(_alternates).Distinct(StringComparer.OrdinalIgnoreCase)];
        }
    }
}
