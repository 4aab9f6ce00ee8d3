using PureConnect.Simulators.CicServer.Messages;

namespace PureConnect.Simulators.CicServer.Engine;

// ACD email (channels facts §2): an email to a workgroup's mailbox routed by the ACD like a chat; the email subscription
// streams its contents; reply, reply all and forward are new outbound email interactions (drafts) the agent saves, attaches
// files to and sends through the outbound mailbox; an expired email can be reopened until it is deallocated.
public sealed partial class CicEngine
{
    private readonly List<SentEmail> _sentEmails = [];
    private HashSet<string>? _refusedAddresses;

    /// <summary>An email arrives in a workgroup's mailbox (control API).</summary>
    public string InjectEmail(InboundEmail email) => Run(() =>
    {
        if (string.IsNullOrWhiteSpace(email.FromAddress) || !IsAddress(email.FromAddress))
        {
            throw Invalid("from.address must be an e-mail address.");
        }

        if (string.IsNullOrWhiteSpace(email.Workgroup))
        {
            throw Invalid("workgroup is required.");
        }

        if (string.IsNullOrEmpty(email.Text) && string.IsNullOrEmpty(email.Html))
        {
            throw Invalid("Give a text body, an HTML body or both.");
        }

        if (email.To.Concat(email.Cc).Concat(email.Bcc).FirstOrDefault(p => !IsAddress(p.Address)) is { } bad)
        {
            throw Invalid($"'{bad.Address}' is not an e-mail address.");
        }

        var fromName = string.IsNullOrWhiteSpace(email.FromName) ? email.FromAddress : email.FromName;
        var call = InjectCallCore(email.FromAddress, fromName, email.Workgroup, null, plan: null);
        call.Set(Attr.ObjectType, ObjectTypes.Email);
        call.Set(Attr.RemoteTnNormalized, "");
        var document = new EmailDocument
        {
            Kind = EmailKind.None,
            ConversationId = Guid.NewGuid().ToString(),
            Sender = new EmailParty(fromName, email.FromAddress),
            To = [.. email.To.Select(Party)],
            Cc = [.. email.Cc.Select(Party)],
            Bcc = [.. email.Bcc.Select(Party)],
            ReplyTo = [.. email.ReplyTo.Select(Party)],
            Subject = email.Subject ?? "",
            Text = email.Text,
            Html = email.Html,
            ReceivedAt = Now,
            SignatureStatus = email.SignatureStatus,
        };
        foreach (var file in email.Attachments)
        {
            document.Attachments.Add(new EmailFile(NewFileId(), file.Name, file.ContentType, file.Content, file.ContentId));
        }

        call.Email = document;
        SetEmailAttributes(call);
        if (!string.IsNullOrWhiteSpace(email.CaseId))
        {
            call.Set(_options.Emails.CaseIdAttribute, email.CaseId);
        }

        return call.Id;
    });

    /// <summary>What the outbound mailbox sent, oldest first (control API).</summary>
    public IReadOnlyList<SentEmail> SentEmails() => Run(() => _sentEmails.ToList());

    /// <summary>Replaces the addresses (or <c>@domain</c> suffixes) the outbound mailbox refuses (control API).</summary>
    public void SetRefusedAddresses(IReadOnlyList<string> addresses) =>
        Run(() => _refusedAddresses = new HashSet<string>(addresses.Select(a => a.Trim()), StringComparer.OrdinalIgnoreCase));

    /// <summary><c>PUT messaging/subscriptions/interactions/{id}/email</c>: the contents now, then after every change. The owner
    /// or a user who may monitor queues.</summary>
    public void SubscribeEmail(Session session, string interactionId) => Run(() =>
    {
        EnsureAlive(session);
        var email = FindInteraction(interactionId);
        if (email.User != session.User && !session.User.CanMonitorQueues)
        {
            throw NotYourInteraction(interactionId);
        }

        var document = email.Email ?? throw NotAnEmail(interactionId);
        document.Subscribers.Add(session);
        session.Enqueue(Contents(email, session, isDelta: false));
    });

    public void UnsubscribeEmail(Session session, string interactionId) => Run(() =>
    {
        EnsureAlive(session);
        if (_interactions.TryGetValue(interactionId, out var email))
        {
            email.Email?.Subscribers.Remove(session);
        }
    });

    /// <summary><c>POST interactions</c> with <c>createEmailResponseParameters</c> (facts §2.4): a reply, reply all or forward of
    /// the user's picked-up email, as a new draft on the user's queue. What <paramref name="content"/> leaves out the server fills
    /// in (simulator's choice, [U]): recipients from the parent, "RE:"/"FW:" subject, the parent quoted.</summary>
    public string CreateEmailResponse(Session session, string? parentId, int? responseType, EmailDraftContent? content, int? attachmentsFromParent) =>
        Run(() =>
        {
            if (string.IsNullOrEmpty(parentId))
            {
                throw new IcwsErrorException(400, ErrorIds.InvalidRepresentation, "parentInteractionId is required.");
            }

            var parent = FindOwned(session, parentId);
            var source = parent.Email ?? throw NotAnEmail(parentId);
            if (responseType is not (0 or 1 or 2) || source.IsDraft)
            {
                throw new IcwsErrorException(400, ErrorIds.EmailResponseNotSupported,
                    source.IsDraft ? "A reply or forward cannot be replied to." : "responseType must be 0 (reply), 1 (reply all) or 2 (forward).");
            }

            if (parent.State != CallStates.Connected)
            {
                throw InvalidState(parent, "reply to");
            }

            var kind = responseType switch { 0 => EmailKind.Reply, 1 => EmailKind.ReplyAll, _ => EmailKind.Forward };
            if (kind == EmailKind.Forward && OpenResponses(parent).Any(r => r.Email!.Kind != EmailKind.Forward))
            {
                throw new IcwsErrorException(400, ErrorIds.EmailOpenResponses,
                    "Send or disconnect the replies of this email before forwarding it.");
            }

            var draft = NewDraft(session.User, parent, kind);
            var document = draft.Email!;
            var fromParent = attachmentsFromParent ?? (kind == EmailKind.Forward ? 2 : 0);
            foreach (var file in source.Attachments.Where(f => fromParent == 2 || (fromParent == 1 && f.ContentId is not null)))
            {
                document.Attachments.Add(file with { Id = NewFileId() });
            }

            ApplyContent(document, content);
            SetEmailAttributes(draft);
            ConnectCall(draft);
            source.Children.Add(draft.Id);
            parent.Set(Attr.EmailChildren, string.Join('|', source.Children));
            BroadcastEmail(parent);
            return draft.Id;
        });

    /// <summary><c>POST interactions/{id}/email/save</c>: the draft's recipients, subject and bodies as given.</summary>
    public void SaveEmail(Session session, string interactionId, EmailDraftContent content) => Run(() =>
    {
        var draft = FindEditableDraft(session, interactionId);
        ApplyContent(draft.Email!, content);
        draft.Email!.Edited = true;
        SetEmailAttributes(draft);
        BroadcastEmail(draft);
    });

    /// <summary><c>POST interactions/{id}/email/send</c>: the outbound mailbox sends the picked-up draft, which then disconnects. A
    /// draft without recipients, or to an address the mailbox refuses, is a 400 and stays as it was.</summary>
    public void SendEmail(Session session, string interactionId) => Run(() =>
    {
        var draft = FindEditableDraft(session, interactionId);
        if (draft.State != CallStates.Connected)
        {
            throw InvalidState(draft, "send");
        }

        var document = draft.Email!;
        var recipients = document.To.Concat(document.Cc).Concat(document.Bcc).ToList();
        if (recipients.Count == 0)
        {
            throw new IcwsErrorException(400, ErrorIds.EmailNoRecipients, "The email has no recipients.");
        }

        if (recipients.FirstOrDefault(r => IsRefused(r.Address)) is { } refused)
        {
            throw new IcwsErrorException(400, ErrorIds.EmailRecipientRefused,
                $"The outbound mailbox {_options.Emails.MailboxAddress} refuses to send to {refused.Address}.");
        }

        document.Sent = true;
        _sentEmails.Add(new SentEmail(draft.Id, document.ParentId, document.Kind.ToString(), document.Sender.Address,
            [.. document.To.Select(p => p.Address)], [.. document.Cc.Select(p => p.Address)], [.. document.Bcc.Select(p => p.Address)],
            document.Subject, document.Text, document.Html,
            [.. document.Attachments.Select(f => new SentAttachment(f.Name, f.ContentType, f.Content.Length))], Now));
        DisconnectCall(draft, remote: false);
    });

    /// <summary><c>POST interactions/{id}/email/attachments/file/upload</c>: announces a file; its bytes come by PUT to the
    /// returned <c>uploadUri</c>.</summary>
    public EmailUploadResponse BeginEmailUpload(Session session, string interactionId, string? fileName, bool inline) => Run(() =>
    {
        var draft = FindEditableDraft(session, interactionId);
        if (string.IsNullOrWhiteSpace(fileName) || fileName.IndexOfAny(['/', '\\']) >= 0 || fileName.Any(char.IsControl))
        {
            throw new IcwsErrorException(400, ErrorIds.InvalidRepresentation, "uploadFileName must be a file name.");
        }

        var requestId = Guid.NewGuid().ToString("N");
        var contentId = inline ? $"{requestId}@{_options.ServerName}" : null;
        draft.Email!.Uploads[requestId] = new PendingUpload(requestId, fileName, inline, contentId, session);
        return new EmailUploadResponse(requestId, draft.Id, fileName, contentId,
            $"/icws/{session.Id}/interactions/{draft.Id}/email/attachments/uploads/{requestId}");
    });

    /// <summary>The PUT of an announced upload's bytes. Larger than <c>Emails:MaxAttachmentBytes</c>: 413, and the upload status
    /// message says it failed.</summary>
    public void CompleteEmailUpload(Session session, string interactionId, string requestId, byte[] content, string? contentType) => Run(() =>
    {
        var draft = FindEditableDraft(session, interactionId);
        var document = draft.Email!;
        if (!document.Uploads.Remove(requestId, out var upload) || upload.Session != session)
        {
            throw new IcwsErrorException(404, ErrorIds.EmailAttachmentNotFound, $"No upload {requestId} is waiting on interaction {interactionId}.");
        }

        var limit = _options.Emails.MaxAttachmentBytes;
        if (content.LongLength > limit)
        {
            var error = $"The file {upload.FileName} is larger than the {limit} bytes an attachment may have.";
            session.Enqueue(new EmailUploadFileStatusMessage(false, requestId, error, draft.Id, upload.FileName, false));
            throw new IcwsErrorException(413, ErrorIds.EmailAttachmentTooLarge, error);
        }

        document.Attachments.Add(new EmailFile(NewFileId(), upload.FileName,
            string.IsNullOrWhiteSpace(contentType) ? "application/octet-stream" : contentType, content, upload.ContentId));
        document.Edited = true;
        SetEmailAttributes(draft);
        session.Enqueue(new EmailUploadFileStatusMessage(false, requestId, null, draft.Id, upload.FileName, true));
        BroadcastEmail(draft);
    });

    /// <summary><c>POST interactions/{id}/email/attachments/response-management/insert {id, isInlineAttachment}</c>: attaches a File
    /// response to a draft; answers the Content-ID of an inline one. The simulator keeps no files: the attachment's bytes are a stand-in
    /// naming the response's path, its type from the file name.</summary>
    public string? InsertResponseFileAttachment(Session session, string interactionId, string path, bool inline) => Run(() =>
    {
        var draft = FindEditableDraft(session, interactionId);
        var document = draft.Email!;
        var name = ResponseManagement.ResponseItemTypes.FileName(path);
        var contentId = inline ? $"{Guid.NewGuid():N}@{_options.ServerName}" : null;
        var contentType = new Microsoft.AspNetCore.StaticFiles.FileExtensionContentTypeProvider().TryGetContentType(name, out var known) ? known : "application/octet-stream";
        document.Attachments.Add(new EmailFile(NewFileId(), name, contentType, System.Text.Encoding.UTF8.GetBytes($"Response Management file {path}"), contentId));
        document.Edited = true;
        SetEmailAttributes(draft);
        BroadcastEmail(draft);
        return contentId;
    });

    /// <summary><c>POST interactions/{id}/email/attachments/file/remove {fileUri}</c>: takes an attachment off a draft.</summary>
    public void RemoveEmailAttachment(Session session, string interactionId, string? fileUri) => Run(() =>
    {
        var draft = FindEditableDraft(session, interactionId);
        var document = draft.Email!;
        var fileId = fileUri?.TrimEnd('/').Split('/')[^1];
        var removed = document.Attachments.RemoveAll(f => f.Id == fileId);
        if (removed == 0)
        {
            throw new IcwsErrorException(404, ErrorIds.EmailAttachmentNotFound, $"The draft {interactionId} has no attachment '{fileUri}'.");
        }

        document.Edited = true;
        SetEmailAttributes(draft);
        BroadcastEmail(draft);
    });

    /// <summary>The GET of an attachment's <c>downloadUri</c>: the owner's or a queue monitor's.</summary>
    public (string Name, string ContentType, byte[] Content) DownloadEmailAttachment(Session session, string interactionId, string fileId) => Run(() =>
    {
        EnsureAlive(session);
        var email = FindInteraction(interactionId);
        if (email.User != session.User && !session.User.CanMonitorQueues)
        {
            throw NotYourInteraction(interactionId);
        }

        var file = (email.Email ?? throw NotAnEmail(interactionId)).Attachments.FirstOrDefault(f => f.Id == fileId)
            ?? throw new IcwsErrorException(404, ErrorIds.EmailAttachmentNotFound, $"The email {interactionId} has no attachment {fileId}.");
        return (file.Name, file.ContentType, file.Content);
    });

    /// <summary>Picking up an expired (disconnected, not yet deallocated) received email reopens it.</summary>
    private bool TryReopenEmail(Interaction email)
    {
        if (email.Email is not { IsDraft: false } || !email.IsDisconnected || email.Deallocated)
        {
            return false;
        }

        email.Set(Attr.TerminationTime, "");
        ConnectCall(email);
        BroadcastEmail(email);
        return true;
    }

    /// <summary>A received email with replies or forwards not yet sent or disconnected cannot be disconnected (spec: "Reply").</summary>
    private void EnsureNoOpenResponses(Interaction email)
    {
        if (email.Email is { IsDraft: false } && !email.IsDisconnected && OpenResponses(email).Any())
        {
            throw new IcwsErrorException(400, ErrorIds.EmailOpenResponses,
                $"Send or disconnect the replies and forwards of email {email.Id} before disconnecting it.");
        }
    }

    private void EmailEnded(Interaction email)
    {
        var document = email.Email!;
        document.Uploads.Clear();
        BroadcastEmail(email);
        if (document.ParentId is not null && _interactions.TryGetValue(document.ParentId, out var parent))
        {
            BroadcastEmail(parent);
        }
    }

    private IEnumerable<Interaction> OpenResponses(Interaction email) =>
        email.Email!.Children.Select(id => _interactions.GetValueOrDefault(id)).OfType<Interaction>().Where(c => !c.IsDisconnected);

    private Interaction NewDraft(SimUser user, Interaction parent, EmailKind kind)
    {
        var source = parent.Email!;
        var mailbox = _options.Emails.MailboxAddress;
        var replyTo = source.ReplyTo.Count > 0 ? source.ReplyTo : [source.Sender];
        var others = (IEnumerable<EmailParty> parties) => parties.Where(p => !string.Equals(p.Address, mailbox, StringComparison.OrdinalIgnoreCase));
        var document = new EmailDocument
        {
            Kind = kind,
            ParentId = parent.Id,
            ConversationId = source.ConversationId,
            Sender = new EmailParty(_options.Emails.MailboxDisplayName, mailbox),
            To = kind switch
            {
                EmailKind.Reply => [.. replyTo],
                EmailKind.ReplyAll => [.. replyTo.Concat(others(source.To)).DistinctBy(p => p.Address.ToUpperInvariant())],
                _ => [],
            },
            Cc = kind == EmailKind.ReplyAll ? [.. others(source.Cc)] : [],
            Subject = (kind == EmailKind.Forward ? "FW: " : "RE: ") + StripPrefix(source.Subject),
            Text = source.Text is null ? null : "\n\n----- Original message -----\n" + source.Text,
            Html = source.Html is null ? null : "<p></p><hr><blockquote>" + source.Html + "</blockquote>",
            ReceivedAt = Now,
        };
        var draft = NewInteraction(null);
        draft.Set(Attr.ObjectType, ObjectTypes.Email);
        draft.Set(Attr.CallDirection, "O");
        draft.Set(Attr.CallType, "E");
        draft.Set(Attr.RemoteTnNormalized, "");
        draft.Set(Attr.WorkgroupName, parent.Get(Attr.WorkgroupName));
        draft.Email = document;
        draft.AssignUser(user);
        user.Interactions.Add(draft);
        draft.Set(Attr.UserName, user.Id);
        draft.Set(Attr.LocalUserId, user.Id);
        draft.Set(Attr.LocalAddress, mailbox);
        return draft;
    }

    private static string StripPrefix(string subject)
    {
        var trimmed = subject.TrimStart();
        foreach (var prefix in (ReadOnlySpan<string>)["RE:", "FW:", "FWD:"])
        {
            if (trimmed.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return trimmed[prefix.Length..].TrimStart();
            }
        }

        return trimmed;
    }

    private static void ApplyContent(EmailDocument document, EmailDraftContent? content)
    {
        if (content is null)
        {
            return;
        }

        if (content.To.Concat(content.Cc ?? []).Concat(content.Bcc ?? []).FirstOrDefault(p => !IsAddress(p.Address)) is { } bad)
        {
            throw new IcwsErrorException(400, ErrorIds.InvalidRepresentation, $"'{bad.Address}' is not an e-mail address.");
        }

        document.To = content.ToGiven ? [.. content.To.Select(Party)] : document.To;
        document.Cc = content.Cc is null ? document.Cc : [.. content.Cc.Select(Party)];
        document.Bcc = content.Bcc is null ? document.Bcc : [.. content.Bcc.Select(Party)];
        document.Subject = content.Subject ?? document.Subject;
        if (content.Text is not null || content.Html is not null)
        {
            document.Text = content.Text;
            document.Html = content.Html;
        }
    }

    private void SetEmailAttributes(Interaction email)
    {
        var document = email.Email!;
        email.Set(Attr.EmailSubject, document.Subject);
        email.Set(Attr.EmailType, ((int)document.Kind).ToString(System.Globalization.CultureInfo.InvariantCulture));
        email.Set(Attr.EmailParent, document.ParentId ?? "");
        email.Set(Attr.EmailChildren, string.Join('|', document.Children));
        email.Set(Attr.EmailAttachments, string.Join('|', document.Attachments.Select(f => f.Name)));
        email.Set(Attr.EmailMailbox, _options.Emails.MailboxAddress);
        email.Set(Attr.EmailConversationId, document.ConversationId);
        if (document.IsDraft)
        {
            var first = document.To.FirstOrDefault();
            email.Set(Attr.RemoteAddress, first?.Address ?? "");
            email.Set(Attr.RemoteName, first?.DisplayName ?? "");
        }
    }

    private void BroadcastEmail(Interaction email)
    {
        foreach (var session in email.Email!.Subscribers)
        {
            if (!session.IsClosed)
            {
                session.Enqueue(Contents(email, session, isDelta: true));
            }
        }
    }

    private EmailContentsMessage Contents(Interaction email, Session viewer, bool isDelta)
    {
        var document = email.Email!;
        List<EmailBodyItem> bodies = [];
        if (document.Text is not null)
        {
            bodies.Add(new EmailBodyItem(document.Text, 0));
        }

        if (document.Html is not null)
        {
            bodies.Add(new EmailBodyItem(document.Html, 1));
        }

        var signature = document.SignatureStatus is { } status
            ? new EmailSignatureItem(status, new EmailCertificateItem($"E={document.Sender.Address}", "CN=Simulated CA", document.ReceivedAt.AddYears(-1), document.ReceivedAt.AddYears(1)))
            : null;
        var contents = new EmailContents(document.Subject, Item(document.Sender), [.. document.To.Select(Item)], [.. document.Cc.Select(Item)],
            [.. document.Bcc.Select(Item)], [.. document.ReplyTo.Select(Item)], bodies, document.ReceivedAt, signature,
            [.. document.Attachments.Select(f => new EmailFileAttachmentItem(f.Name, f.ContentId ?? "",
                $"/icws/{viewer.Id}/interactions/{email.Id}/email/attachments/{f.Id}"))], []);
        var editable = document.IsDraft && !document.Sent && !email.IsDisconnected;
        return new EmailContentsMessage(isDelta, email.Id, document.ParentId, document.ConversationId, editable, (int)document.Kind,
            document.IsDraft ? [] : [0, 1, 2], contents, document.Children.Count > 0, document.Edited, _options.Emails.MailboxAddress,
            _options.Emails.MailboxDisplayName);
    }

    private Interaction FindEditableDraft(Session session, string interactionId)
    {
        var draft = FindOwned(session, interactionId);
        var document = draft.Email ?? throw NotAnEmail(interactionId);
        if (!document.IsDraft || document.Sent || draft.IsDisconnected)
        {
            throw new IcwsErrorException(400, ErrorIds.EmailNotEditable,
                !document.IsDraft ? $"The email {interactionId} was received; only replies and forwards are edited."
                : document.Sent ? $"The email {interactionId} has been sent." : $"The email {interactionId} has ended.");
        }

        return draft;
    }

    private bool IsRefused(string address)
    {
        var refused = _refusedAddresses ?? new HashSet<string>(_options.Emails.RefusedAddresses, StringComparer.OrdinalIgnoreCase);
        var at = address.IndexOf('@', StringComparison.Ordinal);
        return refused.Contains(address) || (at >= 0 && refused.Contains(address[at..]));
    }

    private static bool IsAddress(string? address) =>
        address is { Length: > 2 and <= 254 } && address.IndexOf('@', StringComparison.Ordinal) is > 0 and var at && at < address.Length - 1
        && !address.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or ',' or ';' or '"');

    private static EmailParty Party(EmailAddressInput input) =>
        new(string.IsNullOrWhiteSpace(input.DisplayName) ? input.Address : input.DisplayName.Trim(), input.Address.Trim());

    private static EmailAddressItem Item(EmailParty party) => new(party.DisplayName, party.Address);

    private static string NewFileId() => Guid.NewGuid().ToString("N");

    private static IcwsErrorException NotAnEmail(string interactionId) =>
        new(400, ErrorIds.NotAnEmail, $"The interaction {interactionId} is not an email.");
}

/// <summary>An address as a client gives it.</summary>
public sealed record EmailAddressInput(string Address, string? DisplayName = null);

/// <summary>A file attached to an inbound email (control API).</summary>
public sealed record InboundAttachment(string Name, string ContentType, byte[] Content, string? ContentId = null);

/// <summary>An email arriving in a workgroup's mailbox (control API). <paramref name="SignatureStatus"/>: null unsigned, 0 verified,
/// 1 failed (message modified).</summary>
public sealed record InboundEmail(
    string Workgroup, string FromAddress, string? FromName, IReadOnlyList<EmailAddressInput> To, IReadOnlyList<EmailAddressInput> Cc,
    IReadOnlyList<EmailAddressInput> Bcc, IReadOnlyList<EmailAddressInput> ReplyTo, string? Subject, string? Text, string? Html,
    IReadOnlyList<InboundAttachment> Attachments, int? SignatureStatus, string? CaseId);

/// <summary>A draft's content as a client saves it; null (or <see cref="ToGiven"/> false) leaves a part as it is.</summary>
public sealed record EmailDraftContent(
    IReadOnlyList<EmailAddressInput> To, bool ToGiven, IReadOnlyList<EmailAddressInput>? Cc, IReadOnlyList<EmailAddressInput>? Bcc,
    string? Subject, string? Text, string? Html);
