using PureConnect.Grains.Interactions;

namespace PureConnect.Grains.UnitTests.Interactions;

/// <summary>Given these interaction events, when the agent saves the call log at this moment, then this event or this refusal.</summary>
public sealed class CallLogEditRulesTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(2);
    private const string Contact = "003000000000001AAA";
    private const string Lead = "00Q000000000001AAA";
    private const string Account = "001000000000001AAA";

    private static InteractionModel Given(params InteractionEvent[] events) =>
        events.Aggregate(InteractionModel.Initial, InteractionDecider.Evolve);

    private static InteractionEvent[] Connected() =>
    [
        new InteractionDiscovered("1001", "Call", InteractionDirection.Inbound, "3175550100", "Pat", "Sales", false, At, At),
        new InteractionAssigned("agent1", At),
        new InteractionConnected(At.AddSeconds(5)),
    ];

    private static InteractionEvent[] Ended() => [.. Connected(), new InteractionDisconnected(DisconnectedBy.Remote, At.AddSeconds(60))];

    private static EditCallLog Edit(string? subject = null, string? comments = "Wants a callback", string? who = null, string? what = null, string user = "agent1") =>
        new(user, subject, comments, who, what);

    [Fact]
    public void A_live_call_saves_the_whole_editable_set_as_one_event()
    {
        var events = CallLogEditRules.Edit(Given(Connected()), Edit("Billing question", "Wants a callback", Contact, null), Window, At.AddSeconds(30));

        var edited = Assert.IsType<CallLogEdited>(Assert.Single(events));
        Assert.Equal(("agent1", "Billing question", "Wants a callback", Contact, (string?)null), (edited.UserId, edited.Subject, edited.Comments, edited.WhoId, edited.WhatId));
        Assert.Null(CallLogEditRules.EditableUntil(Given(Connected()), Window));
    }

    [Fact]
    public void Within_the_window_after_the_disconnect_the_log_still_changes_and_at_its_end_it_is_locked()
    {
        var state = Given(Ended());

        Assert.Equal(At.AddSeconds(180), CallLogEditRules.EditableUntil(state, Window));
        Assert.Single(CallLogEditRules.Edit(state, Edit(), Window, At.AddSeconds(179)));
        Assert.Equal("callLog.locked", CallLogEditRules.Check(state, Edit(), Window, At.AddSeconds(180))!.ErrorCode);
        Assert.Empty(CallLogEditRules.Edit(state, Edit(), Window, At.AddSeconds(181)));
    }

    [Fact]
    public void Another_agents_interaction_and_one_that_never_connected_are_refused()
    {
        var neverConnected = Given(new InteractionDiscovered("1001", "Call", InteractionDirection.Inbound, "317", "Pat", null, false, At, At),
            new InteractionAssigned("agent1", At), new InteractionDisconnected(DisconnectedBy.Remote, At.AddSeconds(9)));

        Assert.Equal("interaction.notFound", CallLogEditRules.Check(Given(Connected()), Edit(user: "agent2"), Window, At)!.ErrorCode);
        Assert.Equal("callLog.none", CallLogEditRules.Check(neverConnected, Edit(), Window, At.AddSeconds(10))!.ErrorCode);
    }

    [Theory]
    [InlineData(256, 10, "callLog.invalid")]
    [InlineData(255, 32_001, "callLog.invalid")]
    [InlineData(255, 32_000, null)]
    public void Subject_and_comments_follow_the_Task_field_lengths(int subjectLength, int commentsLength, string? error)
    {
        var edit = Edit(new string('s', subjectLength), new string('c', commentsLength));

        Assert.Equal(error, CallLogEditRules.Check(Given(Connected()), edit, Window, At)?.ErrorCode);
    }

    [Fact]
    public void A_lead_as_name_takes_no_related_to_and_ids_must_be_salesforce_ids()
    {
        var state = Given(Connected());

        Assert.Equal("callLog.leadWithRelatedTo", CallLogEditRules.Check(state, Edit(who: Lead, what: Account), Window, At)!.ErrorCode);
        Assert.Null(CallLogEditRules.Check(state, Edit(who: Contact, what: Account), Window, At));
        Assert.Null(CallLogEditRules.Check(state, Edit(who: Lead), Window, At));
        Assert.Equal("callLog.invalid", CallLogEditRules.Check(state, Edit(who: "not an id"), Window, At)!.ErrorCode);
    }

    [Fact]
    public void Saving_the_same_fields_again_changes_nothing_and_blanks_are_cleared_values()
    {
        var saved = Given([.. Connected(), .. CallLogEditRules.Edit(Given(Connected()), Edit(comments: "Note"), Window, At)]);

        Assert.Empty(CallLogEditRules.Edit(saved, Edit(comments: "Note"), Window, At.AddSeconds(1)));
        var cleared = Assert.IsType<CallLogEdited>(Assert.Single(CallLogEditRules.Edit(saved, Edit(subject: "  ", comments: ""), Window, At.AddSeconds(2))));
        Assert.Equal(((string?)null, (string?)null), (cleared.Subject, cleared.Comments));
    }

    [Fact]
    public void The_screen_pop_matches_are_the_choices_and_a_single_match_names_the_log_until_the_agent_saves()
    {
        var one = new ScreenPopView("Record", Contact, "Contact", "Ann Lee", "3175550100", 1, null, [new CallLogRecord(Contact, "Contact", "Ann Lee")]);
        var several = new ScreenPopView("SearchResults", null, null, null, "3175550100", 3, null,
            [new CallLogRecord(Contact, "Contact", "Ann Lee"), new CallLogRecord(Lead, "Lead", "Bo Park"), new CallLogRecord(Account, "Account", "Acme")]);

        var popped = Given([.. Connected(), new ScreenPopDecided(one, At)]);
        var view = CallLogEditRules.View(popped, Window);
        Assert.Equal((Contact, (string?)null, false), (view.WhoId, view.WhatId, view.Edited));

        var many = CallLogEditRules.View(Given([.. Connected(), new ScreenPopDecided(several, At)]), Window);
        Assert.Equal([Contact, Lead], many.Names.Select(r => r.Id));
        Assert.Equal([Account], many.RelatedTo.Select(r => r.Id));
        Assert.Null(many.WhoId);

        var cleared = Given([.. Connected(), new ScreenPopDecided(one, At), .. CallLogEditRules.Edit(popped, Edit(who: null), Window, At)]);
        Assert.Equal(((string?)null, true), (CallLogEditRules.View(cleared, Window).WhoId, CallLogEditRules.View(cleared, Window).Edited));
    }
}
