namespace PureConnect.AgentUi.AgentApi;

/// <summary>
/// Every AgentApi instance this softphone may use (Aspire-style service discovery: <c>services__agentapi__http__0</c>,
/// <c>…__1</c>, …), and which one answered last. Requests go to the last one that answered; when it cannot be reached
/// the next one is tried (<see cref="AgentApiFailoverHandler"/>). Any instance serves any agent: they share the key ring
/// and the cluster.
/// </summary>
public sealed class AgentApiEndpoints
{
    private readonly Uri[] _all;
    private int _preferred;

    public AgentApiEndpoints(IEnumerable<Uri> endpoints)
    {
        _all = [.. endpoints];
        if (_all.Length == 0)
        {
            throw new ArgumentException("At least one AgentApi address is needed.", nameof(endpoints));
        }
    }

    public IReadOnlyList<Uri> All => _all;

    /// <summary>The endpoints in the order to try them: the one that answered last first.</summary>
    public IEnumerable<Uri> InTryOrder()
    {
        var start = Volatile.Read(ref _preferred);
        for (var i = 0; i < _all.Length; i++)
        {
            yield return _all[(start + i) % _all.Length];
        }
    }

    public void Answered(Uri endpoint)
    {
        var index = Array.IndexOf(_all, endpoint);
        if (index >= 0)
        {
            Volatile.Write(ref _preferred, index);
        }
    }

    /// <summary>Reads <c>services:agentapi:http:N</c> and <c>services:agentapi:https:N</c> (N = 0, 1, …).</summary>
    public static AgentApiEndpoints FromConfiguration(IConfiguration configuration)
    {
        var endpoints = new List<Uri>();
        foreach (var scheme in new[] { "https", "http" })
        {
            foreach (var child in configuration.GetSection($"services:agentapi:{scheme}").GetChildren().OrderBy(c => int.TryParse(c.Key, out var n) ? n : int.MaxValue))
            {
                if (Uri.TryCreate(child.Value, UriKind.Absolute, out var uri))
                {
                    endpoints.Add(uri);
                }
            }
        }

        return endpoints.Count > 0
            ? new AgentApiEndpoints(endpoints)
            : throw new InvalidOperationException("No AgentApi address: set services__agentapi__http__0 (and __1, … for more instances).");
    }
}
