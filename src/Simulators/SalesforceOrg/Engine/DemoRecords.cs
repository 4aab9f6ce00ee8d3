using PureConnect.Simulators.SalesforceOrg.Options;

namespace PureConnect.Simulators.SalesforceOrg.Engine;

/// <summary>The demo org's people: numbers in the 555-01xx fiction range, written in the formats users type.</summary>
internal static class DemoRecords
{
    public static readonly IReadOnlyList<PhoneRecordSeed> All =
    [
        new() { Type = "Account", Id = "001000000000001", Name = "Acme Corporation", Phone = "(317) 555-0100" },
        new() { Type = "Contact", Name = "Ada Lovelace", Phone = "(317) 555-0101", MobilePhone = "+1 317 555 0111", AccountId = "001000000000001AAA" },
        new() { Type = "Contact", Name = "Grace Hopper", Phone = "317.555.0102", AccountId = "001000000000001AAA" },
        new() { Type = "Lead", Name = "Alan Turing", Phone = "+1-317-555-0103" },
        new() { Type = "Lead", Name = "Edsger Dijkstra", Phone = "3175550104" },
    ];
}
