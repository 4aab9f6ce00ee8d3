using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.UnitTests.Support;

namespace PureConnect.Simulators.CicServer.UnitTests.Engine;

public sealed class DeterminismTests
{
    [Fact]
    public void Engines_with_the_same_seed_generate_the_same_callers_and_different_seeds_do_not()
    {
        var first = GeneratedCallers(seed: 42);
        var second = GeneratedCallers(seed: 42);
        var other = GeneratedCallers(seed: 43);

        Assert.True(first.Count >= 5, $"expected several generated calls, got {first.Count}");
        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
        Assert.All(first, c => Assert.Matches(@"^\+1\d{3}55501\d{2}$", c.Ani));
    }

    [Fact]
    public void The_demo_generator_sends_calls_at_about_the_requested_rate_to_the_requested_workgroups()
    {
        var cic = new EngineHarness();
        cic.Engine.StartGenerator(callsPerMinute: 6, ["Support"]);

        for (var second = 0; second < 600; second++)
        {
            cic.Advance(1);
        }

        var calls = cic.Engine.ListInteractions();
        Assert.InRange(calls.Count, 40, 80);
        Assert.All(calls, c => Assert.Equal("Support", c.Workgroup));

        cic.Engine.StopGenerator();
        cic.Advance(600);
        Assert.Equal(calls.Count, cic.Engine.ListInteractions().Count);
    }

    [Fact]
    public void A_generator_only_when_staffed_calls_nobody_while_no_agent_is_ready_and_then_keeps_each_queue_short()
    {
        var cic = new EngineHarness();
        cic.Engine.StartGenerator(callsPerMinute: 30, ["Support"], onlyWhenStaffed: true, maxWaiting: 1);

        cic.Advance(600);
        Assert.Empty(cic.Engine.ListInteractions());

        // agent8 of Support logs in with a station: calls come, but never more than one waits behind the one it is offered.
        var agent = cic.LogIn("agent8", "station8");
        for (var second = 0; second < 300; second++)
        {
            cic.Advance(1);
            var calls = cic.Engine.ListInteractions();
            Assert.True(calls.Count(c => c.State == "O") <= 1, $"{calls.Count(c => c.State == "O")} calls waiting at {second} s");
        }

        Assert.NotEmpty(cic.Engine.ListInteractions());
        Assert.All(cic.Engine.ListInteractions(), c => Assert.Equal("Support", c.Workgroup));
        GC.KeepAlive(agent);
    }

    [Fact]
    public void A_generator_with_a_negative_queue_limit_is_refused()
    {
        var cic = new EngineHarness();

        Assert.ThrowsAny<Exception>(() => cic.Engine.StartGenerator(callsPerMinute: 6, ["Support"], maxWaiting: -1));
    }

    private static List<(string Ani, string Name)> GeneratedCallers(int seed)
    {
        var cic = new EngineHarness(o =>
        {
            o.Seed = seed;
            o.CallGenerator.Enabled = true;
            o.CallGenerator.CallsPerMinute = 60;
        });
        for (var second = 0; second < 20; second++)
        {
            cic.Advance(1);
        }

        return [.. cic.Engine.ListInteractions().Select(c => (c.Attributes[Attr.RemoteAddress], c.Attributes[Attr.RemoteName]))];
    }
}
