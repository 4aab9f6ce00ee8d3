namespace PureConnect.Salesforce.Search;

/// <summary>A record whose phone fields matched a screen-pop search.</summary>
/// <param name="SObjectType"><c>Contact</c>, <c>Lead</c> or <c>Account</c>.</param>
/// <param name="Id">Record id.</param>
/// <param name="Name">Record name.</param>
/// <param name="Phone">The record's <c>Phone</c> field.</param>
public sealed record PhoneSearchMatch(string SObjectType, string Id, string? Name, string? Phone);
