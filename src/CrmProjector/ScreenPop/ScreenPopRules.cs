using PureConnect.Salesforce.Search;

namespace PureConnect.CrmProjector.ScreenPop;

/// <summary>
/// When and what to pop, pure: "when an incoming call is alerting, Salesforce searches all phone number fields
/// for the caller ID (ANI)": no match pops a new record, a single match pops that record, several pop the search
/// results; "if the incoming interaction is a conference call or from an internal extension", or goes to voice
/// mail, there is no screen pop.
/// </summary>
public static class ScreenPopRules
{
    /// <summary>Whether a call deserves a search at all.</summary>
    public static bool ShouldSearch(bool inbound, bool @internal, bool conference, bool voicemail, string callerId) =>
        inbound && !@internal && !conference && !voicemail && callerId.Count(char.IsAsciiDigit) >= 2;

    /// <summary>No search was spent (the API allocation is near its share): open Salesforce's own search for the number.</summary>
    public static ScreenPopDecision WithoutSearch(string callerId) => new(ScreenPopKind.SearchResults, null, null, callerId, 0);

    public static ScreenPopDecision Decide(string callerId, IReadOnlyList<PhoneSearchMatch> matches) => matches.Count switch
    {
        0 => new ScreenPopDecision(ScreenPopKind.NewRecord, null, null, callerId, 0),
        1 => new ScreenPopDecision(ScreenPopKind.Record, matches[0].Id, matches[0].SObjectType, callerId, 1),
        _ => new ScreenPopDecision(ScreenPopKind.SearchResults, null, null, callerId, matches.Count),
    };
}
