namespace PureConnect.Icws.Http;

/// <summary>
/// The order in which login tries hosts after a 503 (§2.3): each offered alternate once, with the scheme, port and path
/// of the configured server, skipping hosts already tried.
/// </summary>
internal sealed class AlternateHostPlan
{
    private readonly Uri _origin;
    private readonly HashSet<string> _tried = new(StringComparer.OrdinalIgnoreCase);
    private readonly Queue<string> _pending = new();
    private readonly List<string> _offered = [];

    public AlternateHostPlan(Uri origin)
    {
        _origin = origin;
        _tried.Add(origin.Host);
    }

    /// <summary>Every alternate host offered so far, in order, without duplicates.</summary>
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

    /// <summary>The next untried alternate as a server root, or null when none is left.</summary>
    public Uri? Next()
    {
        while (_pending.TryDequeue(out var host))
        {
            if (!_tried.Add(host))
                continue;
            try
            {
                return new UriBuilder(_origin) { Host = host }.Uri;
            }
            catch (UriFormatException)
            {
                // Not a usable host name: skip it.
            }
        }

        return null;
    }
}
