namespace PureConnect.Salesforce.Describe;

/// <summary>One field of a describe result.</summary>
public sealed record SObjectField(string Name, string Type, bool ExternalId, bool Createable, bool Updateable, bool Nillable, int Length);

/// <summary>What <c>GET sobjects/{name}/describe</c> says of an object: the fields the integration looks at.</summary>
public sealed record SObjectDescription(string Name, IReadOnlyList<SObjectField> Fields)
{
    /// <summary>The field named <paramref name="name"/> (API names are case-insensitive), or null.</summary>
    public SObjectField? Field(string name) => Fields.FirstOrDefault(field => field.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
}
