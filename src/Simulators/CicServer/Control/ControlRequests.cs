using PureConnect.Simulators.CicServer.Engine;

namespace PureConnect.Simulators.CicServer.Control;

// Bodies of the control API (plain JSON). Deliberately grouped.

public sealed record AddUserRequest(
    string UserId,
    string Password,
    string? DisplayName = null,
    bool? CanUseRemoteStations = null,
    bool? CanMonitorQueues = null,
    string? Extension = null,
    List<string>? Statuses = null,
    bool? PasswordExpired = null,
    bool? CanRecordInteractions = null,
    bool? CanSnipInteractions = null,
    bool? HasRecorderAccessLicense = null,
    bool? CanRequestAssistance = null,
    string? DefaultWorkstationId = null,
    bool? HasIntercomChatRight = null);

public sealed record UserAgreementRequest(string? Text);

public sealed record DefaultWorkstationRequest(string? StationId);

public sealed record StatusChangeFailureRequest(string? ErrorId = null, string? Message = null);

public sealed record AddStationRequest(string StationId, string? Extension = null);

public sealed record AddWorkgroupRequest(string Name, List<string>? Members = null, bool? Activated = null);

public sealed record ActivationRequest(bool Activated, bool? CanActivateSelf = null);

/// <summary>A workgroup's wrap-up settings: code ids (also their labels), seconds to pick one, the code on time-out.</summary>
public sealed record WrapUpRequest(List<string>? Codes, double? TimeLimitSeconds = null, string? AmbiguousCode = null);

/// <summary>An inbound call; a <c>CampaignId</c> makes it a Dialer call.</summary>
public sealed record InjectCallRequest(string Ani, string? RemoteName = null, string? Workgroup = null, string? User = null, string? CampaignId = null);

/// <summary>A customer's callback request (the fields of <c>web-callback/create</c>) to a workgroup or a user.</summary>
public sealed record InjectCallbackRequest(string? Workgroup, string Telephone, string Name, string? Subject = null, string? User = null);

/// <summary>A web visitor's chat (the fields of <c>web-chat/start</c>) to a workgroup, with a first text.</summary>
public sealed record InjectChatRequest(string Workgroup, string Name, string? Email = null, string? Text = null);

public sealed record ChatTextRequest(string? Text);

public sealed record ChatTypingRequest(bool Typing);

public sealed record CallbackSettingsRequest(int? MaxRetries = null, double? SnoozeSeconds = null);

public sealed record SwitchoverRequest(double DurationSeconds);

/// <summary>Takes the primary server of the switchover pair down (<c>true</c>: its machine died) or brings it back.</summary>
public sealed record PrimaryDownRequest(bool Down);

public sealed record GeneratorRequest(double CallsPerMinute, List<string>? Workgroups = null, int? MinTalkSeconds = null, int? MaxTalkSeconds = null,
    bool? OnlyWhenStaffed = null, int? MaxWaiting = null);

public sealed record QueueSubscriptionStateRequest(string SubscriptionId, int State, string? Message = null);

public sealed record EmissionEntry(string InteractionId, string State, long EmittedAtUnixMs);

/// <summary>A campaign's new state: Running, Paused or Stopped.</summary>
public sealed record CampaignStateRequest(string State);

public sealed record CampaignPaceRequest(double SecondsBetweenCalls);

/// <summary>Dialer license, Logon Campaign right and blending of a user; null leaves one as it is.</summary>
public sealed record DialerRightsRequest(bool? HasDialerLicense = null, bool? CanLogonCampaign = null, bool? IsBlendedAgent = null);

/// <summary>A user's "View Workgroup Queues" and "Modify Workgroup Queues" rights on one workgroup's queue.</summary>
public sealed record WorkgroupQueueRightsRequest(bool View, bool Modify);
public sealed record EmailAddressRequest(string? Address, string? Name = null);

/// <summary>A file of an inbound email: its bytes in base64; a <c>ContentId</c> makes it an inline part (<c>cid:</c>).</summary>
public sealed record EmailAttachmentRequest(string? Name, string? ContentType, string? ContentBase64, string? ContentId = null);

/// <summary>An email to a workgroup's mailbox. <c>Signature</c>: null (unsigned), "verified" or "failed"; <c>CaseId</c>: a
/// Salesforce Case id for email-to-case.</summary>
public sealed record InjectEmailRequest(
    string? Workgroup, EmailAddressRequest? From, List<EmailAddressRequest>? To = null, List<EmailAddressRequest>? Cc = null,
    List<EmailAddressRequest>? Bcc = null, List<EmailAddressRequest>? ReplyTo = null, string? Subject = null, string? Text = null,
    string? Html = null, List<EmailAttachmentRequest>? Attachments = null, string? Signature = null, string? CaseId = null)
{
    public InboundEmail ToInbound()
    {
        int? signature = Signature?.ToLowerInvariant() switch
        {
            null or "" => null,
            "verified" => 0,
            "failed" => 1,
            _ => throw new IcwsErrorException(400, ErrorIds.ControlInvalid, "signature must be 'verified' or 'failed'."),
        };
        return new InboundEmail(Workgroup ?? "", From?.Address ?? "", From?.Name, Addresses(To), Addresses(Cc), Addresses(Bcc), Addresses(ReplyTo),
            Subject, Text, Html, [.. (Attachments ?? []).Select(File)], signature, CaseId);
    }

    private static List<EmailAddressInput> Addresses(List<EmailAddressRequest>? list) =>
        [.. (list ?? []).Select(a => new EmailAddressInput(a.Address ?? "", a.Name))];

    private static InboundAttachment File(EmailAttachmentRequest file)
    {
        if (string.IsNullOrWhiteSpace(file.Name))
        {
            throw new IcwsErrorException(400, ErrorIds.ControlInvalid, "Every attachment needs a name.");
        }

        try
        {
            return new InboundAttachment(file.Name, string.IsNullOrWhiteSpace(file.ContentType) ? "application/octet-stream" : file.ContentType,
                Convert.FromBase64String(file.ContentBase64 ?? ""), string.IsNullOrWhiteSpace(file.ContentId) ? null : file.ContentId);
        }
        catch (FormatException)
        {
            throw new IcwsErrorException(400, ErrorIds.ControlInvalid, $"The content of attachment '{file.Name}' is not base64.");
        }
    }
}

public sealed record RefusedAddressesRequest(List<string>? Addresses);

/// <summary>Whether a reply to its Case in Salesforce disconnects the workgroup's email-to-case emails; null follows the option.</summary>
public sealed record EmailToCaseRequest(bool? DisconnectOnReply);
