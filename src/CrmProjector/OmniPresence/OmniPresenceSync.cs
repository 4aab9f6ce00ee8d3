using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using PureConnect.Grains.Agents;
using PureConnect.Grains.Agents.Presence;
using PureConnect.Salesforce;
using PureConnect.Salesforce.Streaming;

namespace PureConnect.CrmProjector.OmniPresence;

/// <summary>
/// Omni → CIC with no browser open: checks the administrator's maps against the org and stores them for the agent grains, then
/// follows the presences and hands each change to the agent's grain, which decides. It subscribes to the change events of
/// <c>UserServicePresence</c> (Streaming API), reads the current presences once, and then takes each change as its event arrives,
/// subscribing again from the last replay id it processed. Without change events (refused, failing) it reads the current presences
/// every <see cref="OmniSyncOptions.PollInterval"/> (one query for all agents) and tries the subscription again after
/// <see cref="OmniSyncOptions.ChangeEventsRetryAfter"/>. A user whose presence ended with no new one logged out (<see cref="OmniIds.Offline"/>).
/// Users are matched to CIC users by <see cref="OmniSyncOptions.UserIdField"/>.
/// Refused settings or an org without Omni-Channel stop the sync and make <c>/health</c> Unhealthy with the reason.
/// </summary>
public sealed class OmniPresenceSync(ISalesforceClient salesforce, IGrainFactory grains, IOptions<OmniSyncOptions> options, TimeProvider time,
    ILogger<OmniPresenceSync> logger) : BackgroundService, IHealthCheck
{
    private static readonly TimeSpan MaxRetryAfterError = TimeSpan.FromSeconds(30);
    private readonly Dictionary<string, (string StatusId, DateTimeOffset StartedAt)> _seen = new(StringComparer.Ordinal);
    private readonly PresenceChangeReader _changes = new();
    private long _replayId = StreamingSubscription.NewOnly;
    private Dictionary<string, string> _cicUsers = new(StringComparer.Ordinal);
    private DateTimeOffset _usersReadAt = DateTimeOffset.MinValue;
    private HealthCheckResult _health = HealthCheckResult.Degraded("The Omni-Channel sync settings have not been checked yet");

    // A struct: written whole by the one loop, read by health probes; a torn read only mixes two verdicts of the same check.
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) => Task.FromResult(_health);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested && !await ConfigureAsync(settings, stoppingToken))
        {
            await Task.Delay(StartupRetry.Delay(++failures, MaxRetryAfterError), time, stoppingToken);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            if (settings.ChangeEvents)
            {
                await FollowChangeEventsAsync(settings, stoppingToken);
            }

            await PollForAsync(settings, settings.ChangeEvents ? settings.ChangeEventsRetryAfter : Timeout.InfiniteTimeSpan, stoppingToken);
        }
    }

    /// <summary>Until the subscription fails: the current presences once it is subscribed, then each batch of change events.</summary>
    private async Task FollowChangeEventsAsync(OmniSyncOptions settings, CancellationToken cancellationToken)
    {
        try
        {
            var subscription = new StreamingSubscription(salesforce, "/data/UserServicePresenceChangeEvent");
            await foreach (var batch in subscription.ReadAsync(_replayId, () => PollAsync(settings, cancellationToken), cancellationToken))
            {
                var (presences, readAll, last) = _changes.Read(batch);
                if (readAll)
                    await PollAsync(settings, cancellationToken);
                else
                    await ObserveAsync(settings, presences, cancellationToken);
                _replayId = last ?? _replayId;
            }
        }
        catch (Exception ex) when (ex is SalesforceException or HttpRequestException or OrleansException or TimeoutException or System.Text.Json.JsonException)
        {
            logger.LogWarning(ex, "The Omni-Channel change events stopped (replay id {ReplayId}); reading the presences every {Interval} instead",
                _replayId, settings.PollInterval);
        }
    }

    /// <summary>Reads the current presences every poll interval for <paramref name="duration"/> (infinite: for ever).</summary>
    private async Task PollForAsync(OmniSyncOptions settings, TimeSpan duration, CancellationToken cancellationToken)
    {
        var until = duration == Timeout.InfiniteTimeSpan ? DateTimeOffset.MaxValue : time.GetUtcNow() + duration;
        using var timer = new PeriodicTimer(settings.PollInterval, time);
        do
        {
            try
            {
                await PollAsync(settings, cancellationToken);
            }
            catch (Exception ex) when (ex is SalesforceException or HttpRequestException or OrleansException or TimeoutException)
            {
                logger.LogWarning(ex, "Could not read the Omni-Channel presences; trying again");
            }
        }
        while (time.GetUtcNow() < until && await timer.WaitForNextTickAsync(cancellationToken));
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
            "SELECT Id, UserId, ServicePresenceStatusId, StatusStartDate FROM UserServicePresence WHERE IsCurrentState = true", cancellationToken);
        var current = rows
            .Select(r => (Id: Text(r, "Id"), UserId: Text(r, "UserId"), StatusId: Text(r, "ServicePresenceStatusId"), StartedAt: Time(r["StatusStartDate"])))
            .Where(r => r.UserId.Length > 0 && r.StatusId.Length > 0 && r.StartedAt is not null)
            .GroupBy(r => r.UserId).Select(g => g.MaxBy(r => r.StartedAt)).ToList();
        foreach (var row in current.Where(r => r.Id.Length > 0))
        {
            _changes.Learn(row.Id, row.UserId);
        }

        // A user seen before with no current presence now logged out of Omni-Channel (since about now: the ended row is not read).
        var present = current.Select(r => r.UserId).ToHashSet(StringComparer.Ordinal);
        var loggedOut = _seen.Where(p => !present.Contains(p.Key) && p.Value.StatusId != OmniIds.Offline)
            .Select(p => new PresenceRow(p.Key, OmniIds.Offline, time.GetUtcNow())).ToList();
        await ObserveAsync(settings, [.. current.Select(r => new PresenceRow(r.UserId, r.StatusId, r.StartedAt!.Value)), .. loggedOut], cancellationToken);
    }

    /// <summary>Hands each presence that changed to the agent's grain.</summary>
    private async Task ObserveAsync(OmniSyncOptions settings, IReadOnlyList<PresenceRow> presences, CancellationToken cancellationToken)
    {
        var changed = presences.Where(r => !_seen.TryGetValue(r.UserId, out var seen) || seen != (r.StatusId, r.StartedAt)).ToList();
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
                await grains.GetGrain<IAgentGrain>(cicUserId).ObserveOmniPresenceAsync(new OmniPresenceObservation(row.StatusId, row.StartedAt));
            }

            _seen[row.UserId] = (row.StatusId, row.StartedAt);
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
