using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using PureConnect.Grains.Agents;
using PureConnect.IntegrationTests.Infrastructure;

namespace PureConnect.IntegrationTests.Hosting;

/// <summary>
/// The agents' update streams are never rewound (a browser that reconnects gets a snapshot), so the silo must not keep their
/// messages: with Orleans' defaults (kept until 5 minutes old and 30 minutes older than the newest) the silo's heap grew by
/// 2 MB a second at 200 calls/s for as long as a soak ran.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class AgentStreamCacheTests(StackFixture stack)
{
    [Fact]
    public void The_silo_keeps_delivered_agent_updates_for_a_minute_at_most()
    {
        var eviction = stack.ApiServices.GetRequiredService<IOptionsMonitor<StreamCacheEvictionOptions>>().Get(AgentUpdateStreams.Provider);

        Assert.True(eviction.DataMinTimeInCache <= TimeSpan.FromMinutes(1), $"DataMinTimeInCache {eviction.DataMinTimeInCache}");
        Assert.True(eviction.DataMaxAgeInCache <= TimeSpan.FromMinutes(1), $"DataMaxAgeInCache {eviction.DataMaxAgeInCache}");
        Assert.True(eviction.MetadataMinTimeInCache is null || eviction.MetadataMinTimeInCache <= TimeSpan.FromMinutes(1),
            $"MetadataMinTimeInCache {eviction.MetadataMinTimeInCache}");
    }
}
