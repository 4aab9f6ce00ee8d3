namespace PureConnect.Grains.Agents.Presence;

/// <summary>
/// The Omni-Channel sync settings of the deployment (one grain, key <see cref="Key"/>). CrmProjector checks the administrator's
/// maps against the org and stores them here; agent grains read them. Until they are configured, the sync is off.
/// </summary>
public interface IPresenceSyncSettingsGrain : IGrainWithStringKey
{
    public const string Key = "default";

    /// <summary>Stores settings that passed the check; refused (<c>presenceSync.invalid</c>) when they contradict themselves.</summary>
    Task<CommandResult> ConfigureAsync(PresenceSyncSettings settings);

    [Orleans.Concurrency.AlwaysInterleave]
    Task<PresenceSyncSettings> GetAsync();
}
