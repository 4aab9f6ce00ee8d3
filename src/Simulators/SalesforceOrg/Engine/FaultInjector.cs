namespace PureConnect.Simulators.SalesforceOrg.Engine;

/// <summary>The armed faults, consumed first-come by matching data requests. Thread-safe.</summary>
internal sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private readonly List<(FaultRule Rule, int Remaining)> _rules = [];

    public void Add(FaultRule rule)
    {
        if (rule.Count <= 0)
            throw new OrgException(400, "INVALID_FAULT", "count must be positive.");

        lock (_gate)
        {
            _rules.Add((rule, rule.Count));
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _rules.Clear();
        }
    }

    /// <summary>Takes one use of the first rule matching the request, if any.</summary>
    public FaultRule? TryTake(string method, string path)
    {
        lock (_gate)
        {
            var index = _rules.FindIndex(entry =>
                (entry.Rule.PathContains is not { Length: > 0 } part || path.Contains(part, StringComparison.OrdinalIgnoreCase))
                && (entry.Rule.Method is not { Length: > 0 } m || m.Equals(method, StringComparison.OrdinalIgnoreCase)));
            if (index < 0)
                return null;

            var (rule, remaining) = _rules[index];
            if (remaining <= 1)
                _rules.RemoveAt(index);
            else
                _rules[index] = (rule, remaining - 1);

            return rule;
        }
    }
}
