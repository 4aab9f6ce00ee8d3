using PureConnect.Grains.Agents;
using PureConnect.Grains.Interactions;
using PureConnect.Replay.Output;
using PureConnect.Replay.Reports;
using PureConnect.Replay.Reports.AgentDays;
using PureConnect.Replay.Reports.Timelines;
using PureConnect.Replay.Reports.Workgroups;
using PureConnect.Replay.UnitTests.Infrastructure;
using static PureConnect.Replay.UnitTests.Infrastructure.TestLog;

namespace PureConnect.Replay.UnitTests;

/// <summary>Property: however the same events are split into pages, every report is the same.</summary>
public sealed class BatchIndependenceTests
{
    private static readonly ReportRange Range = new(Day.AddHours(8), Day.AddHours(20));

    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5, 6, 7, 8];

    private static readonly Func<IReport>[] Reports =
    [
        () => new AgentDayReport(Range),
        () => new WorkgroupReport(Range, ReportInterval.TryParse("15m", out var i, out _) ? i! : throw new InvalidOperationException(), TimeSpan.FromSeconds(20)),
        () => new TimelineReport(ReportRange.All, "call-7"),
    ];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Reports_are_the_same_for_any_page_sizes(int seed)
    {
        var log = RandomDay(seed);
        foreach (var report in Reports)
        {
            var whole = Csv(log.Replay(report()));
            Assert.NotEmpty(log.Replay(report()).Rows);
            foreach (var pageSize in new[] { 1, 2, 3, 7, 64, 1000 })
            {
                Assert.Equal(whole, Csv(log.Replay(report(), pageSize: pageSize)));
            }

            Assert.Equal(whole, Csv(ReplayInRandomPages(log, report(), new Random(seed))));
        }
    }

    private static ReportTable ReplayInRandomPages(TestLog log, IReport report, Random random)
    {
        var session = new Reading.ReplaySession(report, Range, Serializer);
        var events = log.Events;
        for (var start = 0; start < events.Count;)
        {
            var size = random.Next(1, 50);
            session.Accept(events.Skip(start).Take(size).ToList());
            start += size;
        }

        return session.Finish();
    }

    private static string Csv(ReportTable table)
    {
        using var writer = new StringWriter();
        CsvReportWriter.Write(table, writer);
        return writer.ToString();
    }

    /// <summary>A day of a few agents: statuses, logins, and calls of every kind whose events interleave as they would in the store.</summary>
    private static TestLog RandomDay(int seed)
    {
        var random = new Random(seed);
        var streams = new List<(string Stream, bool IsAgent, Queue<object> Events)>();
        for (var a = 1; a <= 4; a++)
        {
            var agentEvents = new Queue<object>();
            var at = Day.AddHours(7 + random.NextDouble());
            agentEvents.Enqueue(new AgentLoggedIn("s", StationSelection.Workstation($"station{a}"), at));
            foreach (var status in new[] { "Available", "Lunch", "Available", "Do Not Disturb", "Available" })
            {
                agentEvents.Enqueue(new AgentStatusChanged(status, null, null, null, at));
                at = at.AddMinutes(random.Next(20, 200));
            }

            agentEvents.Enqueue(new AgentLoggedOut("Logout", at));
            streams.Add(($"agent{a}", true, agentEvents));
        }

        for (var c = 0; c < 60; c++)
        {
            var agent = $"agent{random.Next(1, 5)}";
            var workgroup = random.Next(2) == 0 ? "Sales" : "Support";
            var start = Day.AddHours(7.5).AddMinutes(random.Next(0, 13 * 60));
            var events = random.Next(4) switch
            {
                0 => Calls.Abandoned(agent, workgroup, start, random.Next(5, 60)),
                1 => [.. Calls.Answered(agent, workgroup, start, random.Next(1, 40), random.Next(30, 600)).SkipLast(1),
                    Calls.Transferred(agent, start.AddMinutes(12)),
                    new InteractionAssigned("agent9", start.AddMinutes(12)), new InteractionAlerting("agent9", start.AddMinutes(12)),
                    new InteractionConnected(start.AddMinutes(13)), new InteractionDisconnected(DisconnectedBy.Remote, start.AddMinutes(20))],
                _ => Calls.Answered(agent, workgroup, start, random.Next(1, 40), random.Next(30, 600), random.Next(0, 90),
                    random.Next(5, 60), random.Next(2) == 0 ? "Sale" : "No Sale, \"call back\""),
            };
            streams.Add(($"call-{c}", false, new Queue<object>(events)));
        }

        var log = new TestLog();
        while (streams.Any(s => s.Events.Count > 0))
        {
            var (stream, isAgent, queue) = streams.Where(s => s.Events.Count > 0).ElementAt(random.Next(streams.Count(s => s.Events.Count > 0)));
            var next = queue.Dequeue();
            _ = isAgent ? log.Agent(stream, (AgentEvent)next) : log.Interaction(stream, (InteractionEvent)next);
        }

        return log;
    }
}
