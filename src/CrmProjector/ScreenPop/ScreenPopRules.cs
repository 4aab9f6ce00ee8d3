using PureConnect.Salesforce.Search;

namespace PureConnect.CrmProjector.ScreenPop;

/// <summary>What a screen pop searches Salesforce for.</summary>
public enum ScreenPopSearchKind
{
    Phone,
    Email,
    Name,
}

/// <summary>One screen-pop search: the kind and its term.</summary>
public sealed record ScreenPopSearch(ScreenPopSearchKind Kind, string Term);

/// <summary>
/// When and what to pop, pure: "when an incoming call is alerting, Salesforce searches all phone number fields
/// for the caller ID (ANI)": no match pops a new record, a single match pops that record, several pop the search
/// results; "if the incoming interaction is a conference call or from an internal extension", or goes to voice
/// mail, there is no screen pop. A callback searches its callback number like a call; a web chat its visitor's e-mail
/// address, or the name the visitor gave when there is no address; an ACD e-mail its sender's address; an intercom chat
/// (between CIC users) pops nothing.
/// </summary>
public static class ScreenPopRules
{
    /// <summary>The search an interaction deserves, or null.</summary>
    public static ScreenPopSearch? SearchFor(string objectType, bool inbound, bool @internal, bool voicemail, string remoteAddress, string remoteName)
    {
        if (objectType is "Chat" or "Email Interaction")
        {
            if (@internal || !inbound)
            {
                return null;
            }

            if (IsEmailAddress(remoteAddress))
            {
                return new ScreenPopSearch(ScreenPopSearchKind.Email, remoteAddress.Trim());
            }

            var name = string.IsNullOrWhiteSpace(remoteName) ? remoteAddress : remoteName;
            return objectType == "Chat" && name.Count(char.IsLetterOrDigit) >= 2 ? new ScreenPopSearch(ScreenPopSearchKind.Name, name.Trim()) : null;
        }

        return ShouldSearch(inbound, @internal, conference: false, voicemail, remoteAddress) ? new ScreenPopSearch(ScreenPopSearchKind.Phone, remoteAddress) : null;
    }

    /// <summary>One <c>@</c> with something on both sides, no spaces: enough to ask Salesforce's e-mail fields.</summary>
    public static bool IsEmailAddress(string value)
    {
        var address = value.Trim();
        var at = address.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at < address.Length - 1 && address.IndexOf('@', at + 1) < 0 && !address.Any(char.IsWhiteSpace);
    }

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
