using PureConnect.Grains.Interactions;
using PureConnect.Grains.Interactions.Emails;

namespace PureConnect.Grains.UnitTests.Interactions.Emails;

/// <summary>ACD email (spec: "Email"): contents as CIC reports them, replies and forwards under their email, drafts saved and
/// sent, attachments by reference, reopening an expired email.</summary>
public sealed class EmailRulesTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);
    private const string Agent = "agent1";
    private const long Limit = 1000;
    private static readonly EmailAddressView Carol = new("Carol", "carol@customer.example");

    private static EmailContentsView Received(params EmailAttachmentRef[] attachments) => new(
        null, "c-1", 0, false, [0, 1, 2], "Late order", Carol, [new EmailAddressView("Support", "support@contoso.example")], [], [], [],
        "Where is it?", "<p>Where is it?</p>", T0, 0, attachments);

    private static EmailContentsView Draft(EmailKind kind = EmailKind.Reply, bool editable = true, IReadOnlyList<EmailAddressView>? to = null) => new(
        "1001", "c-1", (int)kind, editable, [], "RE: Late order", new EmailAddressView("Support", "support@contoso.example"), to ?? [Carol], [], [], [],
        null, "<p>quote</p>", T0, null, [new EmailAttachmentRef("f1", "label.txt", null)]);

    private static InteractionModel EmailOf(InteractionStatus status, EmailContentsView? contents, string id = "1001") => InteractionModel.Initial with
    {
        Discovered = true,
        InteractionId = id,
        ObjectType = "Email Interaction",
        Status = status,
        UserId = Agent,
        Email = contents is null ? null : new EmailState { Contents = contents },
    };

    private static EmailCommand Command(EmailCommandKind kind, EmailKind response = EmailKind.Reply, EmailDraftContent? draft = null, EmailFile? file = null,
        string? attachment = null) => new(Agent, kind, response, draft, file, attachment);

    [Fact]
    public void Contents_are_recorded_once_and_again_only_when_they_change()
    {
        var first = EmailRules.Observe(null, new EmailObservation(Received(), T0));
        var state = first.Aggregate((EmailState?)null, (s, e) => EmailRules.Evolve(s, e));

        Assert.IsType<EmailContentsObserved>(Assert.Single(first));
        Assert.Empty(EmailRules.Observe(state, new EmailObservation(Received(), T0.AddSeconds(5))));
        Assert.Single(EmailRules.Observe(state, new EmailObservation(Received(new EmailAttachmentRef("f9", "a.wav", null)), T0.AddSeconds(6))));
    }

    [Fact]
    public void A_reply_is_kept_under_its_email_once_and_the_view_lists_it_with_the_responses_the_email_still_allows()
    {
        var created = EmailRules.ResponseCreated(null, Agent, "1002", EmailKind.Reply, T0);
        var email = EmailOf(InteractionStatus.Connected, Received()) with
        {
            Email = created.Aggregate(new EmailState { Contents = Received() }, (s, e) => EmailRules.Evolve(s, e)),
        };

        var view = EmailRules.View(email)!;
        Assert.Equal([new EmailResponseView("1002", EmailKind.Reply, T0)], view.Responses);
        Assert.Empty(EmailRules.ResponseCreated(email.Email, Agent, "1002", EmailKind.Reply, T0.AddSeconds(1)));
        Assert.Equal([EmailKind.Reply, EmailKind.ReplyAll, EmailKind.Forward], view.AllowedResponses);
        Assert.Equal((EmailKind.Received, EmailSignature.Verified, false), (view.Kind, view.Signature, view.Editable));
    }

    [Fact]
    public void Responses_need_a_picked_up_received_email_of_the_agents_own()
    {
        var reply = Command(EmailCommandKind.CreateResponse);

        Assert.Null(EmailRules.Check(EmailOf(InteractionStatus.Connected, Received()), reply, Limit));
        Assert.Equal("email.notPickedUp", EmailRules.Check(EmailOf(InteractionStatus.Alerting, Received()), reply, Limit)?.ErrorCode);
        Assert.Equal("email.ended", EmailRules.Check(EmailOf(InteractionStatus.Disconnected, Received()), reply, Limit)?.ErrorCode);
        Assert.Equal("email.notReceived", EmailRules.Check(EmailOf(InteractionStatus.Connected, Draft()), reply, Limit)?.ErrorCode);
        Assert.Equal("interaction.notFound", EmailRules.Check(EmailOf(InteractionStatus.Connected, Received()) with { UserId = "agent2" }, reply, Limit)?.ErrorCode);
        Assert.Equal("email.notAnEmail", EmailRules.Check(EmailOf(InteractionStatus.Connected, Received()) with { ObjectType = "Call" }, reply, Limit)?.ErrorCode);
        Assert.Equal("email.responseNotAllowed", EmailRules.Check(EmailOf(InteractionStatus.Connected, Received() with { SupportedResponseTypes = [0] }),
            Command(EmailCommandKind.CreateResponse, EmailKind.Forward), Limit)?.ErrorCode);
    }

    [Fact]
    public void A_saved_draft_replaces_recipients_subject_and_bodies_and_bad_addresses_or_subjects_are_refused()
    {
        var good = new EmailDraftContent([Carol], [new EmailAddressView("Boss", "boss@customer.example")], [], "RE: Late order", "It ships.", "<p>It ships.</p>");
        var draft = EmailOf(InteractionStatus.Connected, Draft());

        Assert.Null(EmailRules.Check(draft, Command(EmailCommandKind.Save, draft: good), Limit));
        var saved = EmailRules.Evolve(draft.Email, new EmailDraftSaved(Agent, good.To, good.Cc, good.Bcc, good.Subject, good.TextBody, good.HtmlBody, T0));
        Assert.Equal(("It ships.", "boss@customer.example"), (saved.Contents!.TextBody, saved.Contents.Cc.Single().Address));
        Assert.Equal("label.txt", saved.Contents.Attachments.Single().Name);

        Assert.Equal("email.invalidAddress", EmailRules.Check(draft, Command(EmailCommandKind.Save, draft: good with { To = [new("x", "not an address")] }), Limit)?.ErrorCode);
        Assert.Equal("email.invalidAddress", EmailRules.Check(draft, Command(EmailCommandKind.Save, draft: good with { Cc = [new("x", "a@b.c; d@e.f")] }), Limit)?.ErrorCode);
        Assert.Equal("email.invalidSubject", EmailRules.Check(draft, Command(EmailCommandKind.Save, draft: good with { Subject = "a\r\nBcc: x@y.z" }), Limit)?.ErrorCode);
        Assert.Equal("email.invalidDraft", EmailRules.Check(draft, Command(EmailCommandKind.Save), Limit)?.ErrorCode);
        Assert.Equal("email.notEditable", EmailRules.Check(EmailOf(InteractionStatus.Connected, Received()), Command(EmailCommandKind.Save, draft: good), Limit)?.ErrorCode);
    }

    [Fact]
    public void Sending_needs_a_picked_up_draft_with_recipients_and_a_sent_draft_is_no_longer_editable()
    {
        var send = Command(EmailCommandKind.Send);
        var draft = EmailOf(InteractionStatus.Connected, Draft());

        Assert.Null(EmailRules.Check(draft, send, Limit));
        Assert.Equal("email.noRecipients", EmailRules.Check(EmailOf(InteractionStatus.Connected, Draft(to: [])), send, Limit)?.ErrorCode);
        Assert.Equal("email.notPickedUp", EmailRules.Check(EmailOf(InteractionStatus.Held, Draft()), send, Limit)?.ErrorCode);
        var sent = draft with { Email = EmailRules.Evolve(draft.Email, new EmailSent(Agent, T0)) };
        Assert.Equal("email.notEditable", EmailRules.Check(sent, send, Limit)?.ErrorCode);
        Assert.Equal((true, false), (EmailRules.View(sent)!.Sent, EmailRules.View(sent)!.Editable));
        Assert.Equal("email.notEditable", EmailRules.Check(EmailOf(InteractionStatus.Disconnected, Draft()), send, Limit)?.ErrorCode);
    }

    [Fact]
    public void Attachments_are_uploaded_within_the_limit_with_a_plain_file_name_and_removed_by_id()
    {
        var draft = EmailOf(InteractionStatus.Connected, Draft());

        Assert.Null(EmailRules.Check(draft, Command(EmailCommandKind.Upload, file: new EmailFile("a.pdf", "application/pdf", new byte[Limit])), Limit));
        Assert.Equal("email.attachmentTooLarge",
            EmailRules.Check(draft, Command(EmailCommandKind.Upload, file: new EmailFile("a.pdf", "application/pdf", new byte[Limit + 1])), Limit)?.ErrorCode);
        Assert.Equal("email.invalidFileName",
            EmailRules.Check(draft, Command(EmailCommandKind.Upload, file: new EmailFile("../etc/passwd", "text/plain", [1])), Limit)?.ErrorCode);
        Assert.Equal("email.emptyFile", EmailRules.Check(draft, Command(EmailCommandKind.Upload, file: new EmailFile("a.txt", "text/plain", [])), Limit)?.ErrorCode);
        Assert.Null(EmailRules.Check(draft, Command(EmailCommandKind.RemoveAttachment, attachment: "f1"), Limit));
        Assert.Equal("email.attachmentNotFound", EmailRules.Check(draft, Command(EmailCommandKind.RemoveAttachment, attachment: "f2"), Limit)?.ErrorCode);
        Assert.Empty(EmailRules.Evolve(draft.Email, new EmailAttachmentRemoved(Agent, "f1", T0)).Contents!.Attachments);
    }

    [Fact]
    public void A_file_response_is_attached_only_to_an_editable_draft_and_only_when_named()
    {
        var attach = new EmailCommand(Agent, EmailCommandKind.AttachResponseFile, ResponseItemId: "item-1");
        var draft = EmailOf(InteractionStatus.Connected, Draft());

        Assert.Null(EmailRules.Check(draft, attach, Limit));
        Assert.Equal("responses.invalid", EmailRules.Check(draft, attach with { ResponseItemId = " " }, Limit)?.ErrorCode);
        Assert.Equal("email.notEditable", EmailRules.Check(EmailOf(InteractionStatus.Disconnected, Draft()), attach, Limit)?.ErrorCode);
        Assert.NotNull(EmailRules.Check(EmailOf(InteractionStatus.Connected, Received()), attach, Limit));
    }

    [Fact]
    public void Only_an_expired_received_email_not_yet_let_go_is_reopened_and_the_decider_accepts_it_alive_again()
    {
        var reopen = Command(EmailCommandKind.Reopen);
        var expired = EmailOf(InteractionStatus.Disconnected, Received());

        Assert.Null(EmailRules.Check(expired, reopen, Limit));
        Assert.Equal("email.notExpired", EmailRules.Check(EmailOf(InteractionStatus.Connected, Received()), reopen, Limit)?.ErrorCode);
        Assert.Equal("email.notExpired", EmailRules.Check(expired with { Deallocated = true }, reopen, Limit)?.ErrorCode);
        Assert.Equal("email.notReceived", EmailRules.Check(EmailOf(InteractionStatus.Disconnected, Draft()), reopen, Limit)?.ErrorCode);

        var alive = new ObservedInteraction("1001", "Email Interaction", InteractionStatus.Connected, DisconnectedBy.Unknown, InteractionDirection.Inbound,
            "carol@customer.example", "Carol", null, Agent, false, null, null, null, null, T0);
        Assert.True(InteractionDecider.Reopens(expired, alive));
        Assert.False(InteractionDecider.Reopens(EmailOf(InteractionStatus.Disconnected, Draft()), alive));
    }

    [Fact]
    public void An_email_to_case_email_records_its_case_once_and_an_implausible_id_is_not_a_case()
    {
        var observed = EmailRules.CaseObserved(null, " 500000000000001AAA ", T0);
        var state = EmailRules.Evolve(null, Assert.Single(observed));

        Assert.Equal("500000000000001AAA", state.CaseId);
        Assert.Empty(EmailRules.CaseObserved(state, "500000000000002AAA", T0));
        Assert.Empty(EmailRules.CaseObserved(null, "", T0));
        Assert.Empty(EmailRules.CaseObserved(null, "500'; DROP", T0));
        Assert.Equal("500000000000001AAA", EmailRules.View(EmailOf(InteractionStatus.Connected, Received()) with { Email = state with { Contents = Received() } })!.CaseId);
    }

    [Fact]
    public void The_agent_stream_carries_an_email_without_its_bodies()
    {
        var view = EmailRules.View(EmailOf(InteractionStatus.Connected, Received()))!;

        Assert.Equal((null, null), (view.WithoutBodies().TextBody, view.WithoutBodies().HtmlBody));
        Assert.Equal("<p>Where is it?</p>", view.HtmlBody);
    }
}
