using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using PureConnect.Grains.Agents;
using PureConnect.Grains.Agents.Presence;
using PureConnect.Salesforce;

namespace PureConnect.CrmProjector.OmniPresence;

/// <summary>
/// Omni → CIC with no browser open: checks the administrator's maps against the org and stores them for the agent grains, then
/// reads the org's current presences every <see cref="OmniSyncOptions.PollInterval"/> (one query for all agents) and hands each
/// change to the agent's grain, which decides; a user whose presence ended with no new one logged out (<see cref="OmniIds.Offline"/>).
/// Users are matched to CIC users by <see cref="OmniSyncOptions.UserIdField"/>.
/// Refused settings or an org without Omni-Channel stop the sync and make <c>/health</c> Unhealthy with the reason.
/// </summary>
public sealed class OmniPresenceSync(ISalesforceClient salesforce, IGrainFactory grains, IOptions<OmniSyncOptions> options, TimeProvider time,
    ILogger<OmniPresenceSync> logger) : BackgroundService, IHealthCheck
{
    private static readonly TimeSpan RetryAfterError = TimeSpan.FromSeconds(30);
    private readonly Dictionary<string, (string StatusId, DateTimeOffset StartedAt)> _seen = new(StringComparer.Ordinal);
    private Dictionary<string, string> _cicUsers = new(StringComparer.Ordinal);
    private DateTimeOffset _usersReadAt = DateTimeOffset.MinValue;
    private HealthCheckResult _health = HealthCheckResult.Degraded("The Omni-Channel sync settings have not been checked yet");

    // A struct: written whole by the one loop, read by health probes; a torn read only mixes two verdicts of the same check.
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) => Task.FromResult(_health);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        while (!stoppingToken.IsCancellationRequested && !await ConfigureAsync(settings, stoppingToken))
        {
            await Task.Delay(RetryAfterError, time, stoppingToken);
        }

        using var timer = new PeriodicTimer(settings.PollInterval, time);
        do
        {
            try
            {
                await PollAsync(settings, stoppingToken);
            }
            catch (Exception ex) when (ex is SalesforceException or HttpRequestException or OrleansException or TimeoutException)
            {
                logger.LogWarning(ex, "Could not read the Omni-Channel presences; trying again");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task<bool> ConfigureAsync(OmniSyncOptions settings, CancellationToken cancellationToken)
    {
        try
        {
            var (checkedSettings, refusal) = await OmniSyncSettingsReader.ReadAsync(salesforce, settings, cancellationToken);
            if (checkedSettings is not null)
            {
                var stored = await grains.GetGrain<IPresenceSyncSettingsGrain>(IPresenceSyncSettingsGrain.Key).ConfigureAsync(checkedSettings);
                refusal = stored.Succeeded ? null : stored.Message;
            }

            if (refusal is not null)
            {
                logger.LogError("Omni-Channel sync is off: {Reason}", refusal);
                _health = HealthCheckResult.Unhealthy(refusal);
                return false;
            }

            _health = HealthCheckResult.Healthy($"Omni-Channel sync on: {checkedSettings!.Maps.Count} status maps");
            logger.LogInformation("Omni-Channel sync on with {Maps} status maps", checkedSettings.Maps.Count);
            return true;
        }
        catch (Exception ex) when (ex is SalesforceException or HttpRequestException or OrleansException or TimeoutException)
        {
            logger.LogWarning(ex, "Could not check the Omni-Channel sync settings against the org; trying again");
            _health = HealthCheckResult.Degraded("The Omni-Channel sync settings could not be checked against the org yet: " + ex.Message);
            return false;
        }
    }

    private async Task PollAsync(OmniSyncOptions settings, CancellationToken cancellationToken)
    {
        var rows = await salesforce.QueryAsync(
            "SELECT UserId, ServicePresenceStatusId, StatusStartDate FROM UserServicePresence WHERE IsCurrentState = true", cancellationToken);
        var current = rows
            .Select(r => (UserId: Text(r, "UserId"), StatusId: Text(r, "ServicePresenceStatusId"), StartedAt: Time(r["StatusStartDate"])))
            .Where(r => r.UserId.Length > 0 && r.StatusId.Length > 0 && r.StartedAt is not null)
            .GroupBy(r => r.UserId).Select(g => g.MaxBy(r => r.StartedAt)).ToList();
        // A user seen before with no current presence now logged out of Omni-Channel (since about now: the ended row is not read).
        var present = current.Select(r => r.UserId).ToHashSet(StringComparer.Ordinal);
        var loggedOut = _seen.Where(p => !present.Contains(p.Key) && p.Value.StatusId != OmniIds.Offline)
            .Select(p => (UserId: p.Key, StatusId: OmniIds.Offline, StartedAt: (DateTimeOffset?)time.GetUtcNow())).ToList();
        var changed = current.Where(r => !_seen.TryGetValue(r.UserId, out var seen) || seen != (r.StatusId, r.StartedAt!.Value)).Concat(loggedOut).ToList();
        if (changed.Count == 0)
        {
            return;
        }

        if (time.GetUtcNow() - _usersReadAt > settings.UserRefreshInterval || changed.Any(r => !_cicUsers.ContainsKey(r.UserId)))
        {
            await ReadUsersAsync(settings, cancellationToken);
        }

        foreach (var row in changed)
        {
            if (_cicUsers.TryGetValue(row.UserId, out var cicUserId))
            {
                await grains.GetGrain<IAgentGrain>(cicUserId).ObserveOmniPresenceAsync(new OmniPresenceObservation(row.StatusId, row.StartedAt!.Value));
            }

            _seen[row.UserId] = (row.StatusId, row.StartedAt!.Value);
        }
    }

    private async Task ReadUsersAsync(OmniSyncOptions settings, CancellationToken cancellationToken)
    {
        var field = settings.UserIdField;
        var users = await salesforce.QueryAsync($"SELECT Id, {field} FROM User WHERE IsActive = true", cancellationToken);
        _cicUsers = users.Where(u => Text(u, field).Length > 0).ToDictionary(u => Text(u, "Id"), u => Text(u, field), StringComparer.Ordinal);
        _usersReadAt = time.GetUtcNow();
    }

    private static string Text(JsonObject record, string field) => record[field] is JsonValue value && value.TryGetValue<string>(out var text) ? text : "";

    private static DateTimeOffset? Time(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text)
        && DateTimeOffset.TryParse(text.Replace("+0000", "Z", StringComparison.Ordinal), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at : null;
}
