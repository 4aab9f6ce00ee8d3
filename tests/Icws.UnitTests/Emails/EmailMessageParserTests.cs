using PureConnect.Icws.Messages;

namespace PureConnect.Icws.UnitTests.Emails;

public sealed class EmailMessageParserTests
{
    [Fact]
    public void Email_contents_carry_headers_both_bodies_the_signature_and_attachments_by_id()
    {
        var message = Assert.IsType<EmailContentsMessage>(IcwsMessageParser.Parse("""
            {"__type":"urn:inin.com:interactions.email:emailContentsMessage","isDelta":false,"interactionId":"1001",
             "conversationId":"c-1","isEditable":false,"emailType":0,"supportedResponseTypes":[0,1,2],"hasResponse":true,
             "emailContent":{"subject":"Late order","sender":{"displayName":"Carol","address":"carol@customer.example"},
               "toRecipients":[{"displayName":"Support","address":"support@contoso.example"}],"ccRecipients":[{"displayName":"boss@customer.example"}],
               "bodies":[{"body":"<p>Hi</p>","bodyType":1},{"body":"Hi","bodyType":0}],"receivedTimestamp":"20261206T021000Z",
               "signature":{"status":1},"fileAttachments":[{"name":"a.wav","contentId":"","downloadUri":"/icws/1/interactions/1001/email/attachments/f1"}]}}
            """));

        var content = message.Content!;
        Assert.Equal(("1001", null, true), (message.InteractionId, message.ParentInteractionId, message.HasResponse));
        Assert.Equal([0, 1, 2], message.SupportedResponseTypes);
        Assert.Equal(new EmailAddress("Carol", "carol@customer.example"), content.Sender);
        Assert.Equal(new EmailAddress("boss@customer.example", null), Assert.Single(content.Cc));
        Assert.Equal(("Hi", "<p>Hi</p>", 1), (content.TextBody, content.HtmlBody, content.SignatureStatus));
        Assert.Equal(("a.wav", "f1"), (Assert.Single(content.Attachments).Name, content.Attachments[0].Id));
        Assert.Empty(content.Bcc);
    }

    [Fact]
    public void A_draft_names_its_parent_and_an_unsigned_email_has_no_signature_status()
    {
        var message = Assert.IsType<EmailContentsMessage>(IcwsMessageParser.Parse("""
            {"__type":"urn:inin.com:interactions.email:emailContentsMessage","isDelta":true,"interactionId":"1002","parentInteractionId":"1001",
             "isEditable":true,"emailType":2,"supportedResponseTypes":[],"emailContent":{"sender":{"displayName":"Support"},"bodies":[],"receivedTimestamp":"2026-12-06T02:10:00Z"}}
            """));

        Assert.Equal(("1001", true, 2), (message.ParentInteractionId, message.IsEditable, message.EmailType));
        Assert.Null(message.Content!.SignatureStatus);
        Assert.Equal((null, null), (message.Content.TextBody, message.Content.HtmlBody));
    }
}
