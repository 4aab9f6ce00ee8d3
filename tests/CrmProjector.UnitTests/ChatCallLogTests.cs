using System.Text.Json;
using PureConnect.CallLogs;
using PureConnect.CrmProjector.CallLogs;
using PureConnect.Grains.EventSourcing;
using PureConnect.Grains.Interactions;
using PureConnect.Grains.Interactions.Chats;

namespace PureConnect.CrmProjector.UnitTests;

/// <summary>A finished web chat is a call-log Task like a call: subject "Chat …", duration, and the transcript in the Description.</summary>
public sealed class ChatCallLogTests
{
    private static readonly DateTimeOffset Connected = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Ended = Connected.AddSeconds(95);
    private static readonly CallLogOptions Options = new();

    private static CallLogState Fold(params InteractionEvent[] events) =>
        events.Select((e, i) => (e, i)).Aggregate(CallLogState.Empty, (s, p) => CallLogProjection.Evolve(s, "100100000120261206", p.i + 1, p.e));

    private static InteractionEvent[] FinishedChat(params InteractionEvent[] more) =>
    [
        new InteractionDiscovered("1001000001", "Chat", InteractionDirection.Inbound, "vera@example.com", "Vera Visitor", "Sales", false, Connected, Connected),
        new ChatTextAdded("v-1", "Vera Visitor", ChatParty.Visitor, "Hello, my order is late", Connected.AddSeconds(-5), Connected),
        new InteractionConnected(Connected),
        new ChatTextAdded("agent1", "Agent One", ChatParty.Agent, "Let me check.", Connected.AddSeconds(10), Connected.AddSeconds(10)),
        new InteractionDisconnected(DisconnectedBy.Remote, Ended),
        .. more,
    ];

    [Fact]
    public void The_task_of_a_finished_chat_has_the_chat_subject_its_duration_and_the_transcript_oldest_first()
    {
        var fields = CallLogProjection.Fields(Fold(FinishedChat()), Options);

        Assert.Equal("Chat 12/6/2026, 9:00:00 AM", fields.Subject);
        Assert.Equal(95, fields.CallDurationInSeconds);
        Assert.Equal("Completed", fields.Status);
        Assert.Equal("[8:59:55 AM] Vera Visitor: Hello, my order is late\n[9:00:10 AM] Agent One: Let me check.", fields.Description);
    }

    [Fact]
    public void The_agents_comments_come_before_the_transcript()
    {
        var state = Fold(FinishedChat(new CallLogEdited("agent1", null, "Refund promised", null, null, Ended.AddSeconds(5))));

        Assert.StartsWith("Refund promised\n\n[8:59:55 AM] Vera Visitor:", CallLogProjection.Fields(state, Options).Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_transcript_longer_than_salesforce_keeps_is_cut_at_the_end()
    {
        var texts = Enumerable.Range(0, 40).Select(i => (InteractionEvent)new ChatTextAdded("v-1", "Vera", ChatParty.Visitor, new string('x', 1000), Connected.AddSeconds(i), Connected));

        var description = CallLogProjection.Fields(Fold([.. FinishedChat(), .. texts]), Options).Description!;

        Assert.Equal(CallLogTranscript.MaxLength, description.Length);
        Assert.EndsWith("\n…", description, StringComparison.Ordinal);
        Assert.StartsWith("[8:59:55 AM] Vera Visitor: Hello", description, StringComparison.Ordinal);
    }

    [Fact]
    public void The_transcript_survives_the_stored_state()
    {
        var state = Fold(FinishedChat());

        var stored = JsonSerializer.Deserialize<CallLogState>(JsonSerializer.Serialize(state, EventSerializer.JsonOptions), EventSerializer.JsonOptions)!;

        Assert.Equal(state.Transcript, stored.Transcript);
    }
}
