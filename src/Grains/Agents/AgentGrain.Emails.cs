using Microsoft.Extensions.Logging;
using PureConnect.Grains.Interactions.Emails;
using PureConnect.Icws;
using PureConnect.Icws.Messages;

namespace PureConnect.Grains.Agents;

// Email requests on the agent's own CIC session (channels facts §2.3–2.5), decided by the email's interaction grain.
public sealed partial class AgentGrain
{
    private const string EmailOpenResponsesErrorId = "error.request.interactions.email.openResponses";

    public async Task<CommandResult> ExecuteEmailAsync(EmailCall call)
    {
        var result = await _session.RunAsync(async session =>
        {
            try
            {
                return await ExecuteEmailOnCicAsync(session, call);
            }
            catch (IcwsRequestException ex) when (EmailRefusalOf(ex) is { } refusal)
            {
                logger.LogInformation("CIC refused an email request of agent {UserId} ({ErrorId}): {ServerMessage}", UserId, ex.ErrorId, ex.ServerMessage);
                return refusal;
            }
        }, OnSessionExpiredAsync);
        return await ForgetIfGoneAsync(result, call.InteractionId);
    }

    public async Task<EmailAttachmentDownload> DownloadEmailAttachmentAsync(string interactionId, string attachmentId)
    {
        EmailAttachmentFile? file = null;
        var result = await _session.RunAsync(async session =>
        {
            file = await session.DownloadEmailAttachmentAsync(interactionId, attachmentId);
            return CommandResult.Ok(interactionId);
        }, OnSessionExpiredAsync);
        return file is null ? new EmailAttachmentDownload(result) : new EmailAttachmentDownload(result, file.FileName, file.ContentType, file.Content);
    }

    private static async Task<CommandResult> ExecuteEmailOnCicAsync(IcwsSession session, EmailCall call)
    {
        var id = call.InteractionId;
        switch (call.Kind)
        {
            case EmailCallKind.CreateResponse:
                var type = call.ResponseKind switch
                {
                    EmailKind.ReplyAll => EmailResponseType.ReplyAll,
                    EmailKind.Forward => EmailResponseType.Forward,
                    _ => EmailResponseType.Reply,
                };
                return CommandResult.Ok(await session.CreateEmailResponseAsync(id, type));
            case EmailCallKind.Save:
                var draft = call.Draft!;
                await session.SaveEmailAsync(id, new EmailDraft(Addresses(draft.To), Addresses(draft.Cc), Addresses(draft.Bcc), draft.Subject,
                    draft.TextBody, draft.HtmlBody));
                break;
            case EmailCallKind.Send:
                await session.SendEmailAsync(id);
                break;
            case EmailCallKind.Upload:
                await session.UploadEmailAttachmentAsync(id, call.File!.Name, call.File.ContentType, call.File.Content);
                break;
            case EmailCallKind.RemoveAttachment:
                await session.RemoveEmailAttachmentAsync(id, session.EmailAttachmentUri(id, call.AttachmentId!));
                break;
            case EmailCallKind.Reopen:
                await session.PickupAsync(id);
                break;
            case EmailCallKind.AttachResponseFile:
                await session.InsertEmailResponseFileAsync(id, call.ResponseItemId!);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(call), call.Kind, "Unknown email call");
        }

        return CommandResult.Ok(id);
    }

    private static List<EmailAddress> Addresses(IReadOnlyList<EmailAddressView> list) => [.. list.Select(a => new EmailAddress(a.DisplayName, a.Address))];

    /// <summary>CIC's email refusals in the product's words; the outbound mailbox's refusal keeps CIC's text, which names the address.</summary>
    private static CommandResult? EmailRefusalOf(IcwsRequestException ex) => ex.ErrorId switch
    {
        _ when ex.StatusCode == 413 => CommandResult.Fail("email.attachmentTooLarge", "CIC refused the file: it is larger than CIC allows."),
        "error.request.interactions.email.recipientRefused" => CommandResult.Fail("email.recipientRefused",
            $"The outbound mailbox refused a recipient; the draft is kept. {ex.ServerMessage}".Trim()),
        EmailOpenResponsesErrorId => CommandResult.Fail("email.openResponses",
            "Send or disconnect the replies and forwards of this email first."),
        "error.request.interactions.email.noRecipients" => CommandResult.Fail("email.noRecipients", "Add at least one recipient."),
        "error.request.interactions.email.notEditable" => CommandResult.Fail("email.notEditable", "This email has been sent or disconnected."),
        "error.request.interactions.email.responseTypeNotSupported" => CommandResult.Fail("email.responseNotAllowed",
            "CIC does not allow that response to this email."),
        "error.request.interactions.email.attachmentNotFound" => CommandResult.Fail("email.attachmentNotFound", "The email has no such attachment."),
        "error.request.interactions.invalidState" when ex.StatusCode == 400 => CommandResult.Fail("email.notPickedUp", "Pick up the email first."),
        _ => null,
    };
}
