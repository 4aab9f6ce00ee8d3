using PureConnect.Grains.Interactions.Emails;
using PureConnect.Grains.Text;
using PureConnect.Icws.Messages;

namespace PureConnect.IcwsIngest;

/// <summary>
/// The emails the monitoring session watches: an email seen on a watched queue is subscribed to once (channels facts §2.2) — a
/// disconnected one too, since it can be reopened and its contents are still shown — and each <c>emailContentsMessage</c> goes to
/// its interaction grain under the key the queue gave it. A session's watch starts empty, so after a reconnection every email
/// still on a queue is subscribed to again (the rules ignore contents already known).
/// </summary>
public sealed class EmailWatch(Func<string, CancellationToken, Task>? subscribe = null) : InteractionWatch(subscribe)
{
    /// <summary><c>Eic_ObjectType</c> of an email (channels facts §0, [2nd]).</summary>
    public const string ObjectType = "Email Interaction";

    /// <summary>The attribute an email-to-case email carries its Salesforce Case id in (the Object Routing Connector's; the name is
    /// not in the reference: the simulator's choice, its option <c>Emails:CaseIdAttribute</c>).</summary>
    public const string CaseIdAttribute = "SF_CaseId";

    /// <summary>The contents as the grain keeps them: headers cleaned of control characters (bodies keep their line breaks and are
    /// cleaned the same way), attachments by id.</summary>
    public static EmailObservation? ToObservation(EmailContentsMessage message, DateTimeOffset at)
    {
        if (message.Content is not { } content)
        {
            return null;
        }

        return new EmailObservation(new EmailContentsView(
            message.ParentInteractionId, message.ConversationId, message.EmailType, message.IsEditable, message.SupportedResponseTypes,
            ControlCharacters.Strip(content.Subject), Address(content.Sender), [.. content.To.Select(Address)], [.. content.Cc.Select(Address)],
            [.. content.Bcc.Select(Address)], [.. content.ReplyTo.Select(Address)],
            content.TextBody is null ? null : ControlCharacters.Strip(content.TextBody),
            content.HtmlBody is null ? null : ControlCharacters.Strip(content.HtmlBody),
            content.ReceivedAt, content.SignatureStatus,
            [.. content.Attachments.Select(a => new EmailAttachmentRef(a.Id, ControlCharacters.Strip(a.Name), string.IsNullOrEmpty(a.ContentId) ? null : a.ContentId))]),
            at);
    }

    private static EmailAddressView Address(EmailAddress address) =>
        new(ControlCharacters.Strip(address.DisplayName), address.Address is null ? null : ControlCharacters.Strip(address.Address));
}
