using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.UnitTests.Support;

namespace PureConnect.Simulators.CicServer.UnitTests.Engine;

public sealed class LoadGeneratorTests
{
    [Fact]
    public void Load_calls_are_generated_at_the_rate_then_answered_and_ended_by_the_simulator()
    {
        var cic = new EngineHarness(o => o.DeallocationDelay = TimeSpan.FromSeconds(1));
        var since = cic.Time.GetUtcNow().ToUnixTimeMilliseconds();
        var monitor = cic.LogIn(Options.DefaultSeedData.MonitorUserId, password: "monitor");
        cic.Watch(monitor, "sales", [Attr.State], new QueueId(2, "Sales"));

        cic.Engine.StartLoad(new LoadRequest(CallsPerSecond: 20, "Sales", TalkTimeMs: 200, AnswerAfterMs: 100, DurationSeconds: 2, Agents: 10));
        for (var step = 0; step < 400; step++)
        {
            cic.Advance(0.01);
        }

        var status = cic.Engine.GetLoadStatus();
        Assert.False(status.Active);
        Assert.Equal(40, status.CallsGenerated);
        Assert.Equal(40, status.CallsCompleted);

        var states = cic.Engine.GetEmissions(since).GroupBy(e => e.InteractionId).Select(g => string.Concat(g.Select(e => e.State))).ToList();
        Assert.Equal(40, states.Count);
        Assert.All(states, s => Assert.EndsWith("ACE", s));
    }
}
