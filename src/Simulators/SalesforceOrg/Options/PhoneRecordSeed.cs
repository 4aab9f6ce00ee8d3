namespace PureConnect.Simulators.SalesforceOrg.Options;

/// <summary>A Contact, Lead or Account with phone fields, for screen-pop searches.</summary>
public sealed class PhoneRecordSeed
{
    /// <summary><c>Contact</c>, <c>Lead</c> or <c>Account</c>.</summary>
    public string Type { get; set; } = "Contact";

    /// <summary>Record id; generated when null.</summary>
    public string? Id { get; set; }

    /// <summary>Name.</summary>
    public string Name { get; set; } = "";

    /// <summary>E-mail (Contacts and Leads): what <c>IN EMAIL FIELDS</c> searches.</summary>
    public string? Email { get; set; }

    /// <summary>Phone, in any format.</summary>
    public string? Phone { get; set; }

    /// <summary>Mobile phone (Contact and Lead).</summary>
    public string? MobilePhone { get; set; }

    /// <summary>The Contact's Account id.</summary>
    public string? AccountId { get; set; }
}
