using PureConnect.CallLogs;
using PureConnect.CrmProjector.CallLogs;
using PureConnect.Grains.Interactions;
using PureConnect.Grains.Interactions.Emails;

namespace PureConnect.CrmProjector.UnitTests;

/// <summary>An email interaction is a call-log Task of subtype Email: "Email: subject", the message as plain text in the Description
/// (the agent's comments first), a reply's text as the agent last saved it.</summary>
public sealed class EmailCallLogTests
{
    private static readonly DateTimeOffset Connected = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);
    private static readonly CallLogOptions Options = new();
    private static readonly EmailAddressView Carol = new("Carol", "carol@customer.example");

    private static CallLogState Fold(params InteractionEvent[] events) =>
        events.Select((e, i) => (e, i)).Aggregate(CallLogState.Empty, (s, p) => CallLogProjection.Evolve(s, "100100000120261206", p.i + 1, p.e));

    private static EmailContentsView Contents(int kind, string subject, string? text, string? html) =>
        new(kind == 0 ? null : "1001000001", "c-1", kind, kind != 0, [], subject, Carol, [Carol], [], [], [], text, html, Connected, null, []);

    [Fact]
    public void A_received_email_is_an_email_task_with_its_subject_and_its_html_message_as_text()
    {
        var state = Fold(
            new InteractionDiscovered("1001000001", "Email Interaction", InteractionDirection.Inbound, "carol@customer.example", "Carol", "Support", false, Connected, Connected),
            new EmailContentsObserved(Contents(0, "Order 1234 is late", null, "<p>Where is <b>my order</b>?</p><script>x()</script>"), Connected),
            new InteractionConnected(Connected),
            new CallLogEdited("agent1", null, "Chased the warehouse", null, null, Connected.AddMinutes(1)));

        var fields = CallLogProjection.Fields(state, Options);
        var task = CallLogTask.From(new PendingCallLog("100100000120261206", 4, fields, "{}", null, "1001000001"));

        Assert.Equal(("Email: Order 1234 is late", "Email", "Inbound"), (fields.Subject, fields.TaskSubtype, fields.CallType));
        Assert.StartsWith("Chased the warehouse\n\nWhere is my order?", fields.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("<", fields.Description, StringComparison.Ordinal);
        Assert.Equal("Email", task.TaskSubtype);
    }

    [Fact]
    public void A_replys_task_carries_the_reply_text_as_last_saved_and_a_typed_subject_wins()
    {
        var events = new InteractionEvent[]
        {
            new InteractionDiscovered("1001000002", "Email Interaction", InteractionDirection.Outbound, "carol@customer.example", "Carol", "Support", false, Connected, Connected),
            new InteractionConnected(Connected),
            new EmailContentsObserved(Contents(2, "RE: Order 1234 is late", "\n\n----- Original message -----\nWhere is my order?", null), Connected),
            new EmailDraftSaved("agent1", [Carol], [], [], "RE: Order 1234 is late", "It ships today.", "<p>It ships <b>today</b>.</p>", Connected.AddMinutes(1)),
            new EmailSent("agent1", Connected.AddMinutes(2)),
        };

        var fields = CallLogProjection.Fields(Fold(events), Options);
        var typed = CallLogProjection.Fields(Fold([.. events, new CallLogEdited("agent1", "Shipping question", null, null, null, Connected.AddMinutes(3))]), Options);

        Assert.Equal(("Email: RE: Order 1234 is late", "It ships today.", "Outbound"), (fields.Subject, fields.Description, fields.CallType));
        Assert.Equal("Shipping question", typed.Subject);
    }

    [Fact]
    public void An_email_is_an_email_task_from_its_discovery_before_its_contents_are_known()
    {
        var fields = CallLogProjection.Fields(Fold(
            new InteractionDiscovered("1001000004", "Email Interaction", InteractionDirection.Inbound, "carol@customer.example", "Carol", "Support", false, Connected, Connected),
            new InteractionConnected(Connected)), Options);

        Assert.Equal(("Email", "Email", null), (fields.TaskSubtype, fields.Subject, fields.Description));
    }

    [Fact]
    public void Calls_stay_call_tasks()
    {
        var fields = CallLogProjection.Fields(Fold(
            new InteractionDiscovered("1001000003", "Call", InteractionDirection.Inbound, "+13175550100", "Caller", "Sales", false, Connected, Connected),
            new InteractionConnected(Connected)), Options);

        Assert.Equal(("Call", "Call 12/6/2026, 9:00:00 AM"), (fields.TaskSubtype, fields.Subject));
    }
}
