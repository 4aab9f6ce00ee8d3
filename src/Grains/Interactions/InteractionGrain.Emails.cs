using Microsoft.Extensions.Logging;
using PureConnect.Grains.Agents;
using PureConnect.Grains.Interactions.Emails;

namespace PureConnect.Grains.Interactions;

// Emails: what CIC's email subscription reports, the owner reading it, and the owner's replies, drafts, attachments and sends.
public sealed partial class InteractionGrain
{
    public Task ObserveEmailAsync(EmailObservation observation) =>
        RaiseAndConfirmAsync(EmailRules.Observe(Current.Email, observation));

    public Task ObserveEmailCaseAsync(string caseId, DateTimeOffset observedAt) =>
        RaiseAndConfirmAsync(EmailRules.CaseObserved(Current.Email, caseId, observedAt));

    public Task<EmailView?> ReadEmailAsync(string userId) =>
        Task.FromResult(EmailRules.IsEmail(Current) && Current.UserId == userId ? EmailRules.View(Current) : null);

    public async Task<CommandResult> ExecuteEmailAsync(EmailCommand command)
    {
        command = command.Draft is { } draft ? command with { Draft = EmailRules.Normalize(draft) } : command;
        if (EmailRules.Check(Current, command, EmailLimits.MaxAttachmentBytes) is { } refused)
        {
            return refused;
        }

        var id = Current.InteractionId;
        var call = command.Kind switch
        {
            EmailCommandKind.CreateResponse => new EmailCall(EmailCallKind.CreateResponse, id, command.ResponseKind),
            EmailCommandKind.Save => new EmailCall(EmailCallKind.Save, id, Draft: command.Draft),
            EmailCommandKind.Send => new EmailCall(EmailCallKind.Send, id),
            EmailCommandKind.Upload => new EmailCall(EmailCallKind.Upload, id, File: command.File),
            EmailCommandKind.RemoveAttachment => new EmailCall(EmailCallKind.RemoveAttachment, id, AttachmentId: command.AttachmentId),
            EmailCommandKind.AttachResponseFile => new EmailCall(EmailCallKind.AttachResponseFile, id, ResponseItemId: command.ResponseItemId),
            _ => new EmailCall(EmailCallKind.Reopen, id),
        };
        var result = await GrainFactory.GetGrain<IAgentGrain>(command.UserId).ExecuteEmailAsync(call);
        if (!result.Succeeded)
        {
            logger.LogInformation("CIC refused email command {Command} on interaction {InteractionKey} for {UserId}: {Error}", command.Kind, Key,
                command.UserId, result.ErrorCode);
            return result;
        }

        var at = time.GetUtcNow();
        await RaiseAndConfirmAsync(command.Kind switch
        {
            EmailCommandKind.CreateResponse => EmailRules.ResponseCreated(Current.Email, command.UserId, result.InteractionId!, command.ResponseKind, at),
            EmailCommandKind.Save => [new EmailDraftSaved(command.UserId, command.Draft!.To, command.Draft.Cc, command.Draft.Bcc, command.Draft.Subject,
                command.Draft.TextBody, command.Draft.HtmlBody, at)],
            EmailCommandKind.Send => [new EmailSent(command.UserId, at)],
            EmailCommandKind.Upload => [new EmailAttachmentUploaded(command.UserId, command.File!.Name, command.File.ContentType, command.File.Content.LongLength, at)],
            EmailCommandKind.RemoveAttachment => [new EmailAttachmentRemoved(command.UserId, command.AttachmentId!, at)],
            _ => [],
        });
        return command.Kind == EmailCommandKind.CreateResponse ? result : CommandResult.Ok(id);
    }

    public async Task<EmailAttachmentDownload> DownloadEmailAttachmentAsync(string userId, string attachmentId)
    {
        if (EmailRules.CheckDownload(Current, userId, attachmentId) is { } refused)
        {
            return new EmailAttachmentDownload(refused);
        }

        return await GrainFactory.GetGrain<IAgentGrain>(userId).DownloadEmailAttachmentAsync(Current.InteractionId, attachmentId);
    }
}
