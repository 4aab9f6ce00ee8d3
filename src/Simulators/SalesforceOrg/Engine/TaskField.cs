namespace PureConnect.Simulators.SalesforceOrg.Engine;

/// <summary>Kinds of Task fields the simulator checks.</summary>
internal enum FieldKind
{
    Text,
    Picklist,
    Integer,
    Date,
    DateTime,
    Boolean,
    Reference,
    ReadOnly,
}

/// <summary>One Task field: API name, label (Salesforce puts it in messages), kind, length or picklist, and writability.</summary>
internal sealed record TaskField(
    string Name,
    string Label,
    FieldKind Kind,
    int MaxLength = 0,
    IReadOnlyList<string>? Values = null,
    bool Restricted = false,
    bool Updateable = true,
    bool Required = false);
