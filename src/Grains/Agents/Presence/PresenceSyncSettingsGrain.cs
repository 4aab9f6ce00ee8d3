using Microsoft.Extensions.Logging;
using Orleans.Providers;
using PureConnect.Grains.EventSourcing;
using PureConnect.Persistence.EventStore;

namespace PureConnect.Grains.Agents.Presence;

/// <summary>The deployment's Omni-Channel sync settings, kept as events so that they survive restarts.</summary>
[GrainType("presence-sync-settings")]
[LogConsistencyProvider(ProviderName = GrainsHosting.EventStoreProvider)]
public sealed class PresenceSyncSettingsGrain(IEventStore store, EventSerializer serializer, TimeProvider time, ILogger<PresenceSyncSettingsGrain> logger)
    : EventSourcedGrain<PresenceSyncSettings, PresenceSyncConfigured>(store, serializer, logger), IPresenceSyncSettingsGrain
{
    protected override string StreamId => $"presence-sync-settings-{this.GetPrimaryKeyString()}";
    protected override PresenceSyncSettings Initial => PresenceSyncSettings.Off;
    protected override string SnapshotType => "PresenceSyncSettings.V1";
    protected override PresenceSyncSettings Evolve(PresenceSyncSettings state, PresenceSyncConfigured @event) => @event.Settings;

    public async Task<CommandResult> ConfigureAsync(PresenceSyncSettings settings)
    {
        if (PresenceSettingsRules.Check(settings) is { Count: > 0 } errors)
        {
            return CommandResult.Fail("presenceSync.invalid", "OmniSync settings refused: " + string.Join(" ", errors));
        }

        if (!Same(Current, settings))
        {
            await RaiseAndConfirmAsync([new PresenceSyncConfigured(settings, time.GetUtcNow())]);
            logger.LogInformation("Omni-Channel sync configured: {Maps} maps, {Statuses} presence statuses", settings.Maps.Count, settings.OmniStatuses.Count);
        }

        return CommandResult.Ok();
    }

    public Task<PresenceSyncSettings> GetAsync() => Task.FromResult(Current);

    private static bool Same(PresenceSyncSettings a, PresenceSyncSettings b) =>
        a.Maps.SequenceEqual(b.Maps) && a.OmniStatuses.SequenceEqual(b.OmniStatuses)
        && a.TransitionCicStatusId == b.TransitionCicStatusId && a.TransitionOmniStatusId == b.TransitionOmniStatusId;
}
