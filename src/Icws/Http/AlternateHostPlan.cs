namespace PureConnect.Icws.Http;

/// <summary>
/// The order in which login tries hosts (§2.3): first the preferred host (where the last login succeeded, else the
/// configured one), then, when a host answers 503 or cannot be reached, the alternates a 503 offered and the alternates
/// known from earlier logins, each once, with the scheme, port and path of the configured server.
/// </summary>
internal sealed class AlternateHostPlan
{
    private readonly Uri _origin;
    private readonly HashSet<string> _tried = new(StringComparer.OrdinalIgnoreCase);
    private readonly Queue<string> _pending = new();
    private readonly Queue<string> _known = new();
    private readonly List<string> _offered = [];

    /// <param name="origin">The configured server root.</param>
    /// <param name="candidates">Hosts to try in order when the first fails (<see cref="IcwsKnownHosts.Candidates"/>); the
    /// configured host alone when empty.</param>
    public AlternateHostPlan(Uri origin, IReadOnlyList<string>? candidates = null)
    {
        _origin = origin;
        var hosts = candidates is { Count: > 0 } ? candidates : [origin.Host];
        First = RootOf(hosts[0]) ?? origin;
        _tried.Add(First.Host);
        foreach (var host in hosts.Skip(1))
            _known.Enqueue(host);
    }

    /// <summary>The server root to try first.</summary>
    public Uri First { get; }

    /// <summary>Every alternate host offered by a 503 so far, in order, without duplicates.</summary>
    public IReadOnlyList<string> Offered => _offered;

    public bool SwitchoverSeen { get; private set; }

    public void Offer(IEnumerable<string> hosts)
    {
        SwitchoverSeen = true;
        foreach (var host in hosts.Select(h => h.Trim()).Where(h => h.Length > 0))
        {
            if (_offered.Contains(host, StringComparer.OrdinalIgnoreCase))
                continue;
            _offered.Add(host);
            _pending.Enqueue(host);
        }
    }

    /// <summary>The next untried host (offered by a 503 first, then known) as a server root, or null when none is left.</summary>
    public Uri? Next()
    {
        while (_pending.TryDequeue(out var host) || _known.TryDequeue(out host))
        {
            if (!_tried.Add(host))
                continue;
            if (RootOf(host) is { } root)
                return root;
        }

        return null;
    }

    private Uri? RootOf(string host)
    {
        try
        {
            return string.Equals(host, _origin.Host, StringComparison.OrdinalIgnoreCase) ? _origin : new UriBuilder(_origin) { Host = host.Trim() }.Uri;
        }
        catch (UriFormatException)
        {
            return null; // not a usable host name: skip it
        }
    }
}
