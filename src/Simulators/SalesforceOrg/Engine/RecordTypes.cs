namespace PureConnect.Simulators.SalesforceOrg.Engine;

/// <summary>The searchable sObject types and their key prefixes.</summary>
internal static class RecordTypes
{
    public static readonly IReadOnlyDictionary<string, string> Prefixes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Contact"] = SalesforceIds.Contact,
        ["Lead"] = SalesforceIds.Lead,
        ["Account"] = SalesforceIds.Account,
    };

    /// <summary>The canonical type name (<c>contact</c> → <c>Contact</c>), or null when not searchable.</summary>
    public static string? Canonical(string type) => Prefixes.Keys.FirstOrDefault(key => key.Equals(type, StringComparison.OrdinalIgnoreCase));
}
