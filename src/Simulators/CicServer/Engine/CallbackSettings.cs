using PureConnect.Simulators.CicServer.Options;

namespace PureConnect.Simulators.CicServer.Engine;

/// <summary>A workgroup's callback configuration: how many retries agents may make and how long a retried callback
/// sleeps before the ACD routes it again.</summary>
public sealed record CallbackSettings(int MaxRetries, TimeSpan SnoozeDuration)
{
    public static readonly CallbackSettings Default = new(3, TimeSpan.FromMinutes(5));

    public static CallbackSettings From(WorkgroupSeed seed) => new(seed.CallbackMaxRetry, seed.CallbackSnoozeDuration);
}
