using PureConnect.Grains.Interactions.Callbacks;
using PureConnect.Icws.Interactions;
using A = PureConnect.Icws.Interactions.IcwsAttributeNames;
using B = PureConnect.Icws.IcwsCallbackAttributeNames;
using C = PureConnect.Icws.IcwsCallControlAttributeNames;
using IcwsState = PureConnect.Icws.Interactions.InteractionState;

namespace PureConnect.Grains.Interactions;

/// <summary>
/// Reads ICWS interaction attributes (<c>Eic_State</c>, <c>Eic_CallDirection</c>, ...) into an
/// <see cref="ObservedInteraction"/>. State comes from <c>Eic_State</c> only, never from the display string.
/// Missing attributes read as unknown, so a partial observation never erases what is known.
/// </summary>
public static class IcwsInteractionTranslator
{
    public static ObservedInteraction Translate(InteractionObservation observation)
    {
        var a = observation.Attributes;
        var (status, by) = MapState(InteractionStateCodes.Parse(Get(a, A.Eic_State)));
        var owner = Get(a, A.Eic_UserName);
        return new ObservedInteraction(
            InteractionId: observation.InteractionId,
            ObjectType: Get(a, A.Eic_ObjectType) ?? "",
            Status: status,
            DisconnectedBy: by,
            Direction: Get(a, A.Eic_CallDirection) switch
            {
                "I" or "i" => InteractionDirection.Inbound,
                "O" or "o" => InteractionDirection.Outbound,
                _ => InteractionDirection.Unknown,
            },
            RemoteAddress: Get(a, A.Eic_RemoteAddress) ?? "",
            RemoteName: Get(a, A.Eic_RemoteName) ?? "",
            Workgroup: NullIfEmpty(Get(a, A.Eic_WorkgroupName)),
            // Whom CIC assigned it to: a call a user transferred can linger on their queue while it rings elsewhere or waits in a workgroup.
            UserId: owner is null ? NullIfEmpty(observation.QueueUserId) : NullIfEmpty(owner),
            Internal: Get(a, A.Eic_CallType) is "I" or "i",
            Muted: Get(a, A.Eic_Muted) switch { "1" => true, "0" => false, _ => null },
            InitiatedAt: Time(a, A.Eic_InitiationTime),
            ConnectedAt: Time(a, A.Eic_ConnectTime),
            TerminatedAt: Time(a, A.Eic_TerminationTime),
            ObservedAt: observation.ObservedAt,
            Features: Features(a),
            Unassigned: owner is { Length: 0 },
            Callback: Callback(a));
    }

    /// <summary>The callback attributes, when the observation carries any. The completion is read as a name or IceLib's number
    /// (the wire encoding is unconfirmed), falling back on its display text.</summary>
    private static ObservedCallback? Callback(IReadOnlyDictionary<string, string> a)
    {
        var phone = Get(a, B.Eic_CallbackPhone);
        var completion = Get(a, B.Eic_CallbackCompletion);
        var display = Get(a, B.Eic_CallbackCompletionDisplay);
        var callId = Get(a, B.Eic_CallbackAssociatedCallId);
        var attempts = Get(a, B.Eic_CallbackAttempts);
        var maxAttempts = Get(a, B.Eic_CallbackMaxAttempts);
        if (phone is null && completion is null && display is null && callId is null && attempts is null && maxAttempts is null)
        {
            return null;
        }

        return new ObservedCallback(phone, Get(a, B.Eic_Subject), Outcome(completion) ?? Outcome(display), NullIfEmpty(callId),
            int.TryParse(attempts, out var made) ? made : null, int.TryParse(maxAttempts, out var allowed) ? allowed : null);
    }

    private static CallbackOutcome? Outcome(string? completion) => completion?.Trim().ToUpperInvariant() switch
    {
        "SUCCESS" or "1" or "S" => CallbackOutcome.Success,
        "FAILURE" or "2" or "F" => CallbackOutcome.Failure,
        _ => null,
    };

    /// <summary>Conference, Dialer, account code and snippet recording, when the observation carries any of their attributes.</summary>
    private static ObservedFeatures? Features(IReadOnlyDictionary<string, string> a)
    {
        var conference = Get(a, A.Eic_ConferenceId);
        var members = Get(a, C.Eic_ConferenceMemberCount);
        var campaign = Get(a, C.Is_Attr_CampaignId);
        var account = Get(a, C.Eic_AccountCode);
        var snippet = Get(a, C.Eic_IRSnippetRecordingId);
        if (conference is null && members is null && campaign is null && account is null && snippet is null)
        {
            return null;
        }

        return new ObservedFeatures(NullIfEmpty(conference), int.TryParse(members, out var count) ? count : null, !string.IsNullOrEmpty(campaign),
            NullIfEmpty(account), snippet is null ? null : snippet.Length > 0);
    }


    internal static (InteractionStatus Status, DisconnectedBy By) MapState(IcwsState state) => state switch
    {
        IcwsState.Offering => (InteractionStatus.Offering, DisconnectedBy.Unknown),
        IcwsState.Alerting => (InteractionStatus.Alerting, DisconnectedBy.Unknown),
        IcwsState.Proceeding or IcwsState.System
            => (InteractionStatus.Dialing, DisconnectedBy.Unknown),
        IcwsState.Connected => (InteractionStatus.Connected, DisconnectedBy.Unknown),
        IcwsState.Held or IcwsState.Suspended
            or IcwsState.Parked => (InteractionStatus.Held, DisconnectedBy.Unknown),
        IcwsState.Messaging => (InteractionStatus.Voicemail, DisconnectedBy.Unknown),
        IcwsState.InternalDisconnect => (InteractionStatus.Disconnected, DisconnectedBy.Agent),
        IcwsState.ExternalDisconnect => (InteractionStatus.Disconnected, DisconnectedBy.Remote),
        _ => (InteractionStatus.Unknown, DisconnectedBy.Unknown),
    };

    private static string? Get(IReadOnlyDictionary<string, string> attributes, string name)
    {
        if (attributes.TryGetValue(name, out var value))
        {
            return value;
        }

        foreach (var (key, v) in attributes)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return v;
            }
        }

        return null;
    }

    private static DateTimeOffset? Time(IReadOnlyDictionary<string, string> attributes, string name) =>
        IcwsDateTime.TryParse(Get(attributes, name), out var value) ? value : null;

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
