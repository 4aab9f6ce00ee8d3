using PureConnect.Grains.Agents;
using PureConnect.Grains.Interactions;
using PureConnect.TestSupport;

namespace PureConnect.Replay.IntegrationTests;

/// <summary>A day of one agent, appended to a real event store as the grains append it.</summary>
public static class StoredDay
{
    public static readonly DateTimeOffset Nine = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    public static InteractionEvent[] AnsweredCall(string agent, DateTimeOffset start, int talkSeconds, string code) =>
    [
        new InteractionDiscovered("1001", "Call", InteractionDirection.Inbound, "+13175550100", "Caller", "Sales", false, start, start),
        new InteractionAssigned(agent, start),
        new InteractionAlerting(agent, start),
        new InteractionConnected(start.AddSeconds(5)),
        new InteractionHeld(start.AddSeconds(15)),
        new InteractionRetrieved(start.AddSeconds(25)),
        new InteractionDisconnected(DisconnectedBy.Remote, start.AddSeconds(5 + talkSeconds + 10)),
        new WrapUpPrompted(agent, "Sales", [], "Ambiguous", start.AddMinutes(10), start.AddSeconds(5 + talkSeconds + 10)),
        new WrapUpAssigned(code, code, agent, start.AddSeconds(5 + talkSeconds + 10 + 30)),
    ];

    /// <summary>
    /// agent1 on 2026-12-01 (UTC): logged in 08:00–13:00, Available then Lunch from 12:00; Sales calls at 09:00 and 10:00
    /// answered in 5 s (60 s and 120 s of talk, 10 s hold each, codes Sale and No Sale), one at 11:00 abandoned after 25 s. 26 events.
    /// </summary>
    public static async Task<ReplayDatabase> OfAgent1Async(PostgresFixture postgres)
    {
        var database = await ReplayDatabase.CreateAsync(postgres);
        await database.AppendAsync("agent-agent1",
            new AgentLoggedIn("s1", StationSelection.Workstation("station1"), Nine.AddHours(-1)),
            new AgentStatusChanged("Available", null, null, null, Nine.AddHours(-1)));
        await database.AppendAsync("interaction-call-1", AnsweredCall("agent1", Nine, talkSeconds: 60, code: "Sale"));
        await database.AppendAsync("interaction-call-2", AnsweredCall("agent1", Nine.AddHours(1), talkSeconds: 120, code: "No Sale"));
        await database.AppendAsync("interaction-call-3",
            new InteractionDiscovered("1003", "Call", InteractionDirection.Inbound, "+13175550101", "Other", "Sales", false, Nine.AddHours(2), Nine.AddHours(2)),
            new InteractionAssigned("agent1", Nine.AddHours(2)),
            new InteractionAlerting("agent1", Nine.AddHours(2)),
            new InteractionDisconnected(DisconnectedBy.Remote, Nine.AddHours(2).AddSeconds(25)));
        await database.AppendAsync("agent-agent1",
            new AgentStatusChanged("Lunch", null, null, null, Nine.AddHours(3)),
            new AgentLoggedOut("Logout", Nine.AddHours(4)));
        return database;
    }
}
