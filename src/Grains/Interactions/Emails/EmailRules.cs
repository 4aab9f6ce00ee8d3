using System.Collections.Immutable;
using PureConnect.Grains.Agents;

namespace PureConnect.Grains.Interactions.Emails;

/// <summary>
/// ACD email (spec: "Email"): the agent picks up a received email, reads it, and answers it with replies, replies to all or
/// forwards — drafts shown indented under their email, saved, given attachments and sent — then disconnects the email; an
/// expired email can be reopened until CIC lets it go. CIC's email subscription reports contents (<see cref="Observe"/>,
/// idempotent); the owner's commands are judged by <see cref="Check"/>. Attachments are referenced by id, never carried in
/// events. Pure: time and limits are passed in.
/// </summary>
public static class EmailRules
{
    /// <summary><c>Eic_ObjectType</c> of an email (channels facts §0, [2nd]).</summary>
    public const string ObjectType = "Email Interaction";

    public const int MaxSubjectLength = 998;

    /// <summary>The largest body (text or HTML) a draft may be saved with.</summary>
    public const int MaxBodyLength = 1_000_000;

    public const int MaxRecipients = 100;

    public const int MaxFileNameLength = 255;

    public static bool IsEmail(InteractionModel state) => string.Equals(state.ObjectType, ObjectType, StringComparison.OrdinalIgnoreCase);

    public static bool IsDraft(InteractionModel state) => state.Email?.Contents is { Kind: > 0 };

    public static IReadOnlyList<InteractionEvent> Observe(EmailState? state, EmailObservation seen) =>
        state?.Contents is { } known && known.SameAs(seen.Contents) ? [] : [new EmailContentsObserved(seen.Contents, seen.ObservedAt)];

    /// <summary>Email-to-case (spec: "Email-to-case"): the Case id the email carries, recorded once; a blank or implausible id (not
    /// 15 or 18 letters and digits) is not a Case.</summary>
    public static IReadOnlyList<InteractionEvent> CaseObserved(EmailState? state, string? caseId, DateTimeOffset at) =>
        caseId?.Trim() is { Length: 15 or 18 } id && id.All(char.IsAsciiLetterOrDigit) && state?.CaseId is null ? [new EmailCaseObserved(id, at)] : [];

    /// <summary>A draft the owner created under this email: once (a repeated report adds nothing).</summary>
    public static IReadOnlyList<InteractionEvent> ResponseCreated(EmailState? state, string userId, string responseId, EmailKind kind, DateTimeOffset at) =>
        state?.Responses.Any(r => r.InteractionId == responseId) == true ? [] : [new EmailResponseCreated(userId, responseId, (int)kind, at)];

    /// <summary>Why <paramref name="command"/> may not be done now; null when it may. <paramref name="maxAttachmentBytes"/> bounds an
    /// upload.</summary>
    public static CommandResult? Check(InteractionModel state, EmailCommand command, long maxAttachmentBytes)
    {
        if (!IsEmail(state))
        {
            return CommandResult.Fail("email.notAnEmail", "That interaction is not an email.");
        }

        if (state.UserId != command.UserId)
        {
            return CommandResult.Fail("interaction.notFound", "That interaction is not yours.");
        }

        return command.Kind switch
        {
            EmailCommandKind.CreateResponse => CheckCreateResponse(state, command.ResponseKind),
            EmailCommandKind.Reopen => CheckReopen(state),
            EmailCommandKind.Save => CheckEditable(state) ?? CheckDraft(command.Draft),
            EmailCommandKind.Send => CheckEditable(state) ?? CheckSend(state),
            EmailCommandKind.Upload => CheckEditable(state) ?? CheckFile(command.File, maxAttachmentBytes),
            EmailCommandKind.RemoveAttachment => CheckEditable(state)
                ?? (state.Email?.Contents?.Attachments.Any(a => a.Id == command.AttachmentId) == true
                    ? null
                    : CommandResult.Fail("email.attachmentNotFound", "The draft has no such attachment.")),
            EmailCommandKind.AttachResponseFile => CheckEditable(state)
                ?? (string.IsNullOrWhiteSpace(command.ResponseItemId) ? CommandResult.Fail("responses.invalid", "Name the File response.") : null),
            _ => CommandResult.Fail("email.unknownCommand", "Unknown email command."),
        };
    }

    /// <summary>Whether the owner may download attachment <paramref name="attachmentId"/> (any email of theirs, ended or not).</summary>
    public static CommandResult? CheckDownload(InteractionModel state, string userId, string attachmentId)
    {
        if (!IsEmail(state))
        {
            return CommandResult.Fail("email.notAnEmail", "That interaction is not an email.");
        }

        if (state.UserId != userId)
        {
            return CommandResult.Fail("interaction.notFound", "That interaction is not yours.");
        }

        return state.Email?.Contents?.Attachments.Any(a => a.Id == attachmentId) == true
            ? null
            : CommandResult.Fail("email.attachmentNotFound", "The email has no such attachment.");
    }

    /// <summary>Why <paramref name="draft"/> cannot be saved: too many recipients, an address that is not one, a subject with control
    /// characters or too long, a body too long.</summary>
    public static CommandResult? CheckDraft(EmailDraftContent? draft)
    {
        if (draft is null)
        {
            return CommandResult.Fail("email.invalidDraft", "Give the draft's recipients, subject and body.");
        }

        var recipients = draft.To.Concat(draft.Cc).Concat(draft.Bcc).ToList();
        if (recipients.Count > MaxRecipients)
        {
            return CommandResult.Fail("email.tooManyRecipients", $"An email can have at most {MaxRecipients} recipients.");
        }

        if (recipients.FirstOrDefault(r => !IsAddress(r.Address)) is { } bad)
        {
            return CommandResult.Fail("email.invalidAddress", $"'{bad.Address}' is not an e-mail address.");
        }

        if (draft.Subject.Length > MaxSubjectLength || Text.ControlCharacters.Contains(draft.Subject) || draft.Subject.Contains('\n') || draft.Subject.Contains('\r'))
        {
            return CommandResult.Fail("email.invalidSubject", $"The subject must be one line of at most {MaxSubjectLength} characters.");
        }

        return (draft.TextBody?.Length ?? 0) > MaxBodyLength || (draft.HtmlBody?.Length ?? 0) > MaxBodyLength
            ? CommandResult.Fail("email.bodyTooLong", $"The message can be at most {MaxBodyLength} characters long.")
            : null;
    }

    /// <summary>A plausible single address: local part, <c>@</c>, domain with a dot; no spaces, separators or angle brackets.</summary>
    public static bool IsAddress(string? address)
    {
        if (address is not { Length: > 4 and <= 254 } || address.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or ',' or ';' or '"' or '(' or ')'))
        {
            return false;
        }

        var at = address.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == address.LastIndexOf('@') && address[(at + 1)..] is var domain && domain.Contains('.')
            && !domain.StartsWith('.') && !domain.EndsWith('.');
    }

    public static EmailState Evolve(EmailState? state, InteractionEvent @event)
    {
        var known = state ?? new EmailState();
        return @event switch
        {
            EmailContentsObserved e => known with { Contents = e.Contents },
            EmailResponseCreated e => known with
            {
                Responses = known.Responses.Add(new EmailResponseView(e.ResponseInteractionId, (EmailKind)e.Kind, e.OccurredAt)),
            },
            EmailDraftSaved e when known.Contents is { } contents => known with
            {
                Contents = contents with { To = e.To, Cc = e.Cc, Bcc = e.Bcc, Subject = e.Subject, TextBody = e.TextBody, HtmlBody = e.HtmlBody },
            },
            EmailAttachmentRemoved e when known.Contents is { } contents => known with
            {
                Contents = contents with { Attachments = [.. contents.Attachments.Where(a => a.Id != e.AttachmentId)] },
            },
            EmailCaseObserved e => known with { CaseId = e.CaseId },
            EmailSent => known with { Sent = true, Contents = known.Contents is { } c ? c with { Editable = false } : null },
            _ => known,
        };
    }

    public static EmailView? View(InteractionModel state)
    {
        if (!IsEmail(state))
        {
            return null;
        }

        var email = state.Email ?? new EmailState();
        var contents = email.Contents;
        var editable = contents is { Kind: > 0, Editable: true } && !email.Sent && !state.IsEnded;
        var received = contents is null or { Kind: 0 };
        return new EmailView(
            (EmailKind)(contents?.Kind ?? 0), contents?.ParentInteractionId, contents?.Subject ?? "",
            contents?.Sender ?? new EmailAddressView(state.RemoteName, state.RemoteAddress), contents?.To ?? [], contents?.Cc ?? [],
            contents?.Bcc ?? [], contents?.TextBody, contents?.HtmlBody, contents?.ReceivedAt,
            contents?.SignatureStatus switch { null => EmailSignature.None, 0 => EmailSignature.Verified, _ => EmailSignature.Failed },
            contents?.Attachments ?? [], email.Responses, editable, email.Sent, email.CaseId,
            received && !state.IsEnded && state.Status == InteractionStatus.Connected
                ? [.. (contents?.SupportedResponseTypes ?? [0, 1, 2]).Select(t => (EmailKind)(t + 2)).Where(k => k is >= EmailKind.Reply and <= EmailKind.Forward)]
                : []);
    }

    private static CommandResult? CheckCreateResponse(InteractionModel state, EmailKind kind)
    {
        if (IsDraft(state))
        {
            return CommandResult.Fail("email.notReceived", "Replies and forwards are made from a received email.");
        }

        if (state.IsEnded)
        {
            return CommandResult.Fail("email.ended", "This email has been disconnected; reopen it first.");
        }

        if (state.Status != InteractionStatus.Connected)
        {
            return CommandResult.Fail("email.notPickedUp", "Pick up the email first.");
        }

        var supported = state.Email?.Contents?.SupportedResponseTypes ?? [0, 1, 2];
        return kind is EmailKind.Reply or EmailKind.ReplyAll or EmailKind.Forward && supported.Contains((int)kind - 2)
            ? null
            : CommandResult.Fail("email.responseNotAllowed", "CIC does not allow that response to this email.");
    }

    private static CommandResult? CheckReopen(InteractionModel state)
    {
        if (IsDraft(state))
        {
            return CommandResult.Fail("email.notReceived", "Only a received email can be reopened.");
        }

        return state.IsEnded && !state.Deallocated ? null : CommandResult.Fail("email.notExpired", "Only a disconnected email can be reopened.");
    }

    private static CommandResult? CheckEditable(InteractionModel state)
    {
        if (!IsDraft(state))
        {
            return CommandResult.Fail("email.notEditable", "Only replies and forwards are edited and sent.");
        }

        return state.IsEnded || state.Email!.Sent || state.Email.Contents is { Editable: false }
            ? CommandResult.Fail("email.notEditable", "This email has been sent or disconnected.")
            : null;
    }

    private static CommandResult? CheckSend(InteractionModel state)
    {
        if (state.Status != InteractionStatus.Connected)
        {
            return CommandResult.Fail("email.notPickedUp", "Pick up the draft first.");
        }

        var contents = state.Email!.Contents!;
        return contents.To.Count + contents.Cc.Count + contents.Bcc.Count == 0
            ? CommandResult.Fail("email.noRecipients", "Add at least one recipient.")
            : null;
    }

    private static CommandResult? CheckFile(EmailFile? file, long maxBytes)
    {
        if (file is null || string.IsNullOrWhiteSpace(file.Name) || file.Name.Length > MaxFileNameLength || file.Name.IndexOfAny(['/', '\\']) >= 0
            || Text.ControlCharacters.Contains(file.Name) || file.Name.Any(char.IsControl))
        {
            return CommandResult.Fail("email.invalidFileName", "Give the file a name (no slashes, at most 255 characters).");
        }

        if (file.Content.Length == 0)
        {
            return CommandResult.Fail("email.emptyFile", "The file is empty.");
        }

        return file.Content.LongLength > maxBytes
            ? CommandResult.Fail("email.attachmentTooLarge", $"An attachment can be at most {maxBytes / 1024 / 1024.0:0.#} MB.")
            : null;
    }

    /// <summary>Draft content cleaned of what never belongs in it: names trimmed, empty recipients dropped.</summary>
    public static EmailDraftContent Normalize(EmailDraftContent draft) => draft with
    {
        To = Clean(draft.To),
        Cc = Clean(draft.Cc),
        Bcc = Clean(draft.Bcc),
        Subject = draft.Subject.Trim(),
    };

    private static ImmutableList<EmailAddressView> Clean(IReadOnlyList<EmailAddressView> list) =>
        [.. list.Where(a => !string.IsNullOrWhiteSpace(a.Address))
            .Select(a => new EmailAddressView(string.IsNullOrWhiteSpace(a.DisplayName) ? a.Address!.Trim() : a.DisplayName.Trim(), a.Address!.Trim()))];
}
