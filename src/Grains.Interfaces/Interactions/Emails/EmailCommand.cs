namespace PureConnect.Grains.Interactions.Emails;

public enum EmailCommandKind
{
    /// <summary>Create a reply, reply all or forward (<see cref="EmailCommand.ResponseKind"/>) of the received email.</summary>
    CreateResponse = 1,

    /// <summary>Save the draft as <see cref="EmailCommand.Draft"/>.</summary>
    Save = 2,

    /// <summary>Send the draft.</summary>
    Send = 3,

    /// <summary>Attach <see cref="EmailCommand.File"/> to the draft.</summary>
    Upload = 4,

    /// <summary>Take attachment <see cref="EmailCommand.AttachmentId"/> off the draft.</summary>
    RemoveAttachment = 5,

    /// <summary>Pick up the received email again after it was disconnected (before CIC lets it go).</summary>
    Reopen = 6,

    /// <summary>Attach the File response <see cref="EmailCommand.ResponseItemId"/> to the draft (CIC attaches the library's file).</summary>
    AttachResponseFile = 7,
}

/// <summary>An agent's command on their own email.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.EmailCommand")]
public sealed record EmailCommand(
    [property: Id(0)] string UserId,
    [property: Id(1)] EmailCommandKind Kind,
    [property: Id(2)] EmailKind ResponseKind = EmailKind.Reply,
    [property: Id(3)] EmailDraftContent? Draft = null,
    [property: Id(4)] EmailFile? File = null,
    [property: Id(5)] string? AttachmentId = null,
    [property: Id(6)] string? ResponseItemId = null);

/// <summary>A draft's recipients, subject and bodies (text and/or HTML).</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.EmailDraftContent")]
public sealed record EmailDraftContent(
    [property: Id(0)] IReadOnlyList<EmailAddressView> To,
    [property: Id(1)] IReadOnlyList<EmailAddressView> Cc,
    [property: Id(2)] IReadOnlyList<EmailAddressView> Bcc,
    [property: Id(3)] string Subject,
    [property: Id(4)] string? TextBody,
    [property: Id(5)] string? HtmlBody);

/// <summary>A file the agent attaches.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.EmailFile")]
public sealed record EmailFile([property: Id(0)] string Name, [property: Id(1)] string ContentType, [property: Id(2)] byte[] Content);

/// <summary>What the agent's own CIC session is asked to do for an email.</summary>
public enum EmailCallKind
{
    CreateResponse = 1,
    Save = 2,
    Send = 3,
    Upload = 4,
    RemoveAttachment = 5,
    Download = 6,
    Reopen = 7,
    AttachResponseFile = 8,
}

[GenerateSerializer, Immutable, Alias("PureConnect.EmailCall")]
public sealed record EmailCall(
    [property: Id(0)] EmailCallKind Kind,
    [property: Id(1)] string InteractionId,
    [property: Id(2)] EmailKind ResponseKind = EmailKind.Reply,
    [property: Id(3)] EmailDraftContent? Draft = null,
    [property: Id(4)] EmailFile? File = null,
    [property: Id(5)] string? AttachmentId = null,
    [property: Id(6)] string? ResponseItemId = null);
