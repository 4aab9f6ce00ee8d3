using System.Text.Json.Serialization;

namespace PureConnect.Simulators.CicServer.Contracts;

// Wire shapes of the directory lookup (ICWS SDK Directories.LookupEntries) and the account codes. Deliberately grouped.

/// <summary>200 body of <c>POST directories/lookup-entries</c>.</summary>
public sealed record LookupEntriesResponse(IReadOnlyList<LookupEntryJson> LookupEntriesList, bool MoreEntriesMatched, PhoneNumberJson PhoneNumber);

/// <summary>A lookup entry; <c>statusID</c>, <c>onPhone</c>, <c>loggedIn</c>, <c>allowsTransfer</c> are simulator additions ([U]).</summary>
public sealed record LookupEntryJson(
    int LookupEntryType,
    [property: JsonPropertyName("entryID")] string EntryId,
    string DisplayName,
    string? FirstName,
    string? LastName,
    string? Extension,
    bool IsActive,
    [property: JsonPropertyName("statusID")] string? StatusId,
    bool? OnPhone,
    bool? LoggedIn,
    bool? AllowsTransfer);

/// <summary>The lookup string read as a phone number ([U]: shape of <c>Common.PhoneNumber</c> beyond <c>number</c>).</summary>
public sealed record PhoneNumberJson(string Number);

/// <summary>An account code as <c>GET configuration/account-codes</c> lists it ([U]: resource chosen by the simulator).</summary>
public sealed record AccountCodeItem(ConfigurationId ConfigurationId, string Description);

public sealed record AccountCodesResponse(IReadOnlyList<AccountCodeItem> Items, bool AccountCodesEnabled);

/// <summary><c>userActivationSet</c>: workgroup name → activated, for each workgroup the user belongs to.</summary>
public sealed record UserActivationSet(string UserId, IReadOnlyDictionary<string, bool> Activations);
