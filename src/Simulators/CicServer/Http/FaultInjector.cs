namespace PureConnect.Simulators.CicServer.Http;

/// <summary>The armed fault rules, consumed first-come by matching ICWS requests.</summary>
public sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private readonly List<(FaultRule Rule, int Remaining)> _rules = [];

    public void Add(FaultRule rule)
    {
        if (rule.Count <= 0 || rule.DelayMs < 0 || rule.StatusCode is not (0 or (>= 100 and <= 599)))
        {
            throw new Engine.IcwsErrorException(400, Engine.ErrorIds.ControlInvalid, "count must be positive, delayMs not negative, statusCode 0 or an HTTP status.");
        }

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

    /// <summary>Takes one use of the first rule matching <paramref name="path"/>, if any.</summary>
    public FaultRule? TryTake(string path)
    {
        lock (_gate)
        {
            for (var i = 0; i < _rules.Count; i++)
            {
                var (rule, remaining) = _rules[i];
                if (rule.PathContains is { Length: > 0 } part && !path.Contains(part, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (remaining <= 1)
                {
                    _rules.RemoveAt(i);
                }
                else
                {
                    _rules[i] = (rule, remaining - 1);
                }

                return rule;
            }

            return null;
        }
    }
}
