using System.Text.RegularExpressions;
using PureConnect.AgentUi.AgentApi;
using PureConnect.AgentUi.Softphone;

namespace PureConnect.AgentUi.OpenCti;

/// <summary><c>onClickToDial</c>'s payload (the fields we use): the number, and the record the agent clicked it on.</summary>
public sealed record ClickToDialEvent(string? Number, string? RecordId, string? RecordName, string? ObjectType, bool? PersonAccount = null,
    string? ContactId = null);

/// <summary><c>onNavigationChange</c>'s payload (the fields we use): the record the agent opened, if the page is a record.</summary>
public sealed record NavigationEvent(string? RecordId, string? RecordName, string? ObjectType, bool? PersonAccount = null, string? ContactId = null);

/// <summary>A Lightning message from our utility-bar component: <c>presenceApplied</c> (the toolkit set <see cref="StatusId"/>) or
/// <c>presenceFailed</c> (<see cref="Message"/> says why).</summary>
public sealed record OmniMessage(string? Type, string? RequestId, string? StatusId, string? Message = null);

/// <summary>A presence request for the utility-bar component (published as <c>{type: "setPresence", requestId, statusId}</c>).</summary>
public sealed record PresenceRequest(string RequestId, string StatusId);

/// <summary>One Open CTI call: <c>screenPop</c> or <c>searchAndScreenPop</c> with its arguments (without the callback).</summary>
public sealed record OpenCtiCall(string Method, IReadOnlyDictionary<string, object?> Arguments);

/// <summary>
/// What the softphone does with Open CTI, as pure decisions: the call a click-to-dial places, the pop of a screen-pop decision,
/// the call-log association of a navigation, the presence request to publish and when to warn that it is not confirmed. Everything
/// that comes from the page is checked here again (shape, Salesforce ids, lengths): the browser is not trusted.
/// </summary>
public static partial class OpenCtiRules
{
    public const int MaxNumberLength = 64;

    public static bool IsSalesforceId(string? id) => id is not null && SalesforceId().IsMatch(id);

    /// <summary>Contacts and Leads (and a person account's contact) are a call log's Name (WhoId); any other record is its Related To.</summary>
    public static bool IsPerson(string? objectType) => objectType is "Contact" or "Lead";

    /// <summary>The call a click-to-dial places, naming the record it came from; null when the payload is not a usable number.</summary>
    public static MakeCallRequest? CallFor(ClickToDialEvent click)
    {
        var number = click.Number?.Trim();
        if (string.IsNullOrEmpty(number) || number.Length > MaxNumberLength || number.Any(char.IsControl))
        {
            return null;
        }

        var (whoId, whatId) = AssociationOf(click.RecordId, click.ObjectType, click.PersonAccount, click.ContactId);
        return new MakeCallRequest(number, WhoId: whoId, WhatId: whatId);
    }

    /// <summary>
    /// The call-log change that makes the opened record the live call's Name or Related To (spec: "Auto Association on Navigation");
    /// null when there is no live call with an open log, the page is not a record, or the log already names it. A Lead as Name
    /// takes no Related To (Salesforce's rule), so choosing one clears the other.
    /// </summary>
    public static (InteractionItem Call, CallLogChange Change)? Associate(IReadOnlyList<InteractionItem> interactions, NavigationEvent navigation)
    {
        var (whoId, whatId) = AssociationOf(navigation.RecordId, navigation.ObjectType, navigation.PersonAccount, navigation.ContactId);
        if ((whoId ?? whatId) is null || LiveCall(interactions) is not { CallLog: { } log } call)
        {
            return null;
        }

        var nameIsLead = log.WhoId is { } who && who.StartsWith("00Q", StringComparison.Ordinal);
        var change = whoId is not null
            ? new CallLogChange(log.Subject, log.Comments, whoId, whoId.StartsWith("00Q", StringComparison.Ordinal) ? null : log.WhatId)
            : new CallLogChange(log.Subject, log.Comments, nameIsLead ? null : log.WhoId, whatId);
        return change.WhoId == log.WhoId && change.WhatId == log.WhatId ? null : (call, change);
    }

    /// <summary>The call a navigation associates: a connected (else held, else dialing) call whose log is open.</summary>
    public static InteractionItem? LiveCall(IReadOnlyList<InteractionItem> interactions)
    {
        foreach (var state in new[] { CallState.Connected, CallState.Held, CallState.Dialing })
        {
            if (interactions.FirstOrDefault(i => InteractionRules.StateOf(i) == state && i.CallLog is { EditableUntil: null }) is { } call)
            {
                return call;
            }
        }

        return null;
    }

    /// <summary>
    /// The pop for the server's screen-pop decision: one match opens the record, several Salesforce's search
    /// (<c>searchAndScreenPop</c>, which pops by the softphone layout), none what the call center says (<paramref name="noMatchBehaviour"/>:
    /// a new Contact with the number, the search, or nothing). Inbound calls pop, and Interaction Dialer calls, outbound as they are.
    /// </summary>
    public static OpenCtiCall? PopFor(InteractionItem item, string noMatchBehaviour)
    {
        if (item.ScreenPop is not { } pop || !(string.Equals(item.Direction, "Inbound", StringComparison.OrdinalIgnoreCase) || item.Calls is { IsDialer: true }))
        {
            return null;
        }

        var number = pop.SearchedNumber ?? item.RemoteAddress ?? "";
        return pop.Kind switch
        {
            "Record" when IsSalesforceId(pop.RecordId) => new OpenCtiCall("screenPop",
                new Dictionary<string, object?> { ["type"] = "SOBJECT", ["params"] = new Dictionary<string, object?> { ["recordId"] = pop.RecordId } }),
            "SearchResults" => Search(number),
            "NewRecord" => noMatchBehaviour switch
            {
                "NewRecord" => new OpenCtiCall("screenPop", new Dictionary<string, object?>
                {
                    ["type"] = "NEW_RECORD_MODAL",
                    ["params"] = new Dictionary<string, object?> { ["entityName"] = "Contact", ["defaultFieldValues"] = new Dictionary<string, object?> { ["Phone"] = number } },
                }),
                "Search" => Search(number),
                _ => null,
            },
            _ => null,
        };
    }

    /// <summary>Whether the call asks for the softphone panel: it rings (inbound, alerting or offering).</summary>
    public static bool Rings(InteractionItem item) => InteractionRules.StateOf(item) is CallState.Alerting or CallState.Offering;

    /// <summary>The presence the Omni-Channel toolkit logs the agent out with (the bridge calls <c>logout()</c>).</summary>
    public const string OmniOffline = "Offline";

    /// <summary>The presence request the console should apply now: pending, not held for a call, with a well-formed status id (or
    /// <see cref="OmniOffline"/>).</summary>
    public static PresenceRequest? ToPublish(PresenceSyncInfo? sync) =>
        sync is { Enabled: true, PendingRequestId: { Length: > 0 and <= 64 } requestId, PendingOmniStatusId: { } statusId, PendingHeldForCall: false }
        && IsPresence(statusId)
            ? new PresenceRequest(requestId, statusId)
            : null;

    /// <summary>A request the console has not confirmed for <paramref name="after"/> (a held one waits for the call, not for the console).</summary>
    public static bool Unconfirmed(PresenceSyncInfo? sync, DateTimeOffset now, TimeSpan after) =>
        ToPublish(sync) is not null && sync!.PendingSince is { } since && now - since >= after;

    /// <summary>The confirmation of a <c>presenceApplied</c> message for the request we published; null for anything else.</summary>
    public static PresenceConfirmation? ConfirmationOf(OmniMessage message, PresenceRequest? published) =>
        message is { Type: "presenceApplied", RequestId: { } requestId, StatusId: { } statusId }
        && published is not null && requestId == published.RequestId && IsPresence(statusId)
            ? new PresenceConfirmation(requestId, statusId)
            : null;

    private static bool IsPresence(string statusId) => IsSalesforceId(statusId) || statusId == OmniOffline;

    private static (string? WhoId, string? WhatId) AssociationOf(string? recordId, string? objectType, bool? personAccount, string? contactId)
    {
        if (personAccount == true && IsSalesforceId(contactId))
        {
            return (contactId, null);
        }

        return !IsSalesforceId(recordId) ? (null, null) : IsPerson(objectType) ? (recordId, null) : (null, recordId);
    }

    private static OpenCtiCall? Search(string number) =>
        number.Length < 3 ? null : new OpenCtiCall("searchAndScreenPop", new Dictionary<string, object?>
        {
            ["searchParams"] = number,
            ["callType"] = "INBOUND",
            ["deferred"] = false,
        });

    [GeneratedRegex("^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$")]
    private static partial Regex SalesforceId();
}
