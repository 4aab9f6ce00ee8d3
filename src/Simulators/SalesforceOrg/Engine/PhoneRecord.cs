namespace PureConnect.Simulators.SalesforceOrg.Engine;

/// <summary>A Contact, Lead or Account as far as call logs and screen pops need it.</summary>
internal sealed record PhoneRecord(string Type, string Id, string Name, string? Phone, string? MobilePhone, string? AccountId, string? Email = null)
{
    /// <summary>Fields a search may return, by API name.</summary>
    public static readonly IReadOnlyList<string> FieldNames = ["Id", "Name", "Phone", "MobilePhone", "AccountId", "Email"];

    /// <summary>The phone-type fields that <c>IN PHONE FIELDS</c> searches.</summary>
    public IEnumerable<string> PhoneValues => new[] { Phone, MobilePhone }.OfType<string>();

    public string? Get(string field) => field.ToUpperInvariant() switch
    {
        "ID" => Id,
        "NAME" => Name,
        "PHONE" => Phone,
        "MOBILEPHONE" => MobilePhone,
        "ACCOUNTID" => AccountId,
        "EMAIL" => Email,
        _ => null,
    };
}
