using System.Text.Json.Nodes;
using PureConnect.Simulators.SalesforceOrg.Engine;

namespace PureConnect.Simulators.SalesforceOrg.Api;

/// <summary><c>GET sobjects/Task/describe</c>: the Task's fields as a describe result lists them (name, label, type, length,
/// nillable, createable, updateable, externalId, picklist values). Only the fields the simulator models; a real org lists many
/// more fields and keys (childRelationships, recordTypeInfos, urls…).</summary>
internal static class DescribeJson
{
    public static JsonObject Task(TaskFields fields, ApiVersion version) => new()
    {
        ["name"] = "Task",
        ["label"] = "Task",
        ["keyPrefix"] = SalesforceIds.Task,
        ["createable"] = true,
        ["updateable"] = true,
        ["queryable"] = true,
        ["urls"] = new JsonObject { ["sobject"] = version.SObjectUrl("Task", "").TrimEnd('/') },
        ["fields"] = new JsonArray([.. fields.All.Select(field => (JsonNode)Field(field, fields.ExternalIdField))]),
    };

    private static JsonObject Field(TaskField field, string externalIdField)
    {
        var readOnly = field.Kind == FieldKind.ReadOnly;
        var json = new JsonObject
        {
            ["name"] = field.Name,
            ["label"] = field.Label,
            ["type"] = Type(field),
            ["length"] = field.Kind == FieldKind.Text ? field.MaxLength : field.Kind == FieldKind.Picklist ? 40 : 0,
            ["nillable"] = !field.Required && !readOnly,
            ["createable"] = !readOnly,
            ["updateable"] = !readOnly && field.Updateable,
            ["externalId"] = field.Name == externalIdField,
            ["idLookup"] = field.Name == externalIdField || field.Name == "Id",
            ["restrictedPicklist"] = field.Restricted,
            ["picklistValues"] = new JsonArray([.. (field.Values ?? []).Select(value => (JsonNode)new JsonObject
            {
                ["value"] = value, ["label"] = value, ["active"] = true, ["defaultValue"] = false,
            })]),
        };
        if (field.Kind == FieldKind.Reference)
            json["referenceTo"] = new JsonArray([.. ReferenceTo(field.Name).Select(name => (JsonNode)JsonValue.Create(name))]);

        return json;
    }

    private static string Type(TaskField field) => field.Kind switch
    {
        FieldKind.Text => field.MaxLength > 255 ? "textarea" : "string",
        FieldKind.Picklist => "picklist",
        FieldKind.Integer => "int",
        FieldKind.Date => "date",
        FieldKind.Reference => "reference",
        _ => field.Name switch
        {
            "Id" => "id",
            "IsClosed" or "IsDeleted" => "boolean",
            "CompletedDateTime" or "CreatedDate" or "LastModifiedDate" => "datetime",
            _ => "reference",
        },
    };

    private static string[] ReferenceTo(string name) => name switch
    {
        "WhoId" => ["Contact", "Lead"],
        "OwnerId" => ["Group", "User"],
        _ => ["Account"],
    };
}
