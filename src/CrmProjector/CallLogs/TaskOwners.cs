using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using PureConnect.Salesforce;

namespace PureConnect.CrmProjector.CallLogs;

/// <summary>
/// The Salesforce user who owns each agent's Tasks (<see cref="TaskOwnerOptions"/>), cached: one look-up per agent and
/// <see cref="TaskOwnerOptions.CacheLifetime"/>. A failed look-up leaves the owner unset (the org's default, the integration user)
/// and never holds call logs back; an exhausted API limit is left to the caller, which holds all work.
/// </summary>
public sealed class TaskOwners(ISalesforceClient salesforce, IOptions<TaskOwnerOptions> options, TimeProvider time, ILogger<TaskOwners> logger)
{
    private readonly ConcurrentDictionary<string, (string? OwnerId, DateTimeOffset Until)> _known = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, byte> _warnedMissing = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The owners of these agents' Tasks, by CIC user id; agents with no Salesforce user are left out.</summary>
    public async Task<IReadOnlyDictionary<string, string>> OwnersOfAsync(IEnumerable<string?> agentIds, CancellationToken cancellationToken)
    {
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var agent in agentIds.OfType<string>().Where(a => a.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (await OwnerOfAsync(agent, cancellationToken) is { } owner)
            {
                owners[agent] = owner;
            }
        }

        return owners;
    }

    private async Task<string?> OwnerOfAsync(string agent, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (TaskOwnerRules.Configured(settings, agent) is { } configured)
        {
            return configured;
        }

        var now = time.GetUtcNow();
        if (_known.TryGetValue(agent, out var known) && known.Until > now)
        {
            return known.OwnerId;
        }

        if (TaskOwnerRules.Query(settings, agent) is not { } soql)
        {
            return null;
        }

        try
        {
            var owner = TaskOwnerRules.OwnerOf(await salesforce.QueryAsync(soql, cancellationToken));
            // Said once per agent and process (a miss is looked up again every MissCacheLifetime: a thousand agents without a
            // Salesforce user would otherwise write a thousand warnings a minute); later misses at Debug.
            if (owner is null)
            {
                logger.Log(_warnedMissing.TryAdd(agent, 0) ? LogLevel.Warning : LogLevel.Debug,
                    "No single active Salesforce user has {Field} = {UserId}; the agent's Tasks stay with the integration user",
                    settings.MatchField, agent);
            }

            _known[agent] = (owner, now + (owner is null ? settings.MissCacheLifetime : settings.CacheLifetime));
            return owner;
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or SalesforceLimitExceededException))
        {
            logger.LogWarning(ex, "Could not look up the Salesforce user of agent {UserId}; the Task keeps its owner for now", agent);
            return null;
        }
    }
}
