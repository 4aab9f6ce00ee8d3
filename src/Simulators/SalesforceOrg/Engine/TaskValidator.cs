using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PureConnect.Simulators.SalesforceOrg.Engine;

/// <summary>
/// Checks the fields of one Task body against the field rules (names, types, lengths, restricted picklists,
/// writability, reference targets) and returns them canonicalised. Field errors are collected and thrown together;
/// an unknown field or an unreadable value fails the whole request, as Salesforce's JSON parser does.
/// </summary>
internal sealed class TaskValidator(TaskFields fields, RecordDirectory directory, bool rejectCreateOnlyOnUpsertUpdate)
{
    public Dictionary<string, object?> Validate(JsonObject body, TaskWrite mode)
    {
        var errors = new List<OrgError>();
        var changes = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, node) in body)
        {
            if (name == "attributes")
                continue;

            var field = fields.Find(name)
                        ?? throw new OrgException(400, ErrorCodes.InvalidField, $"No such column '{name}' on sobject of type Task", name);
            if (field.Kind == FieldKind.ReadOnly || (!field.Updateable && mode != TaskWrite.Create))
            {
                if (field.Kind != FieldKind.ReadOnly && mode == TaskWrite.UpsertUpdate && !rejectCreateOnlyOnUpsertUpdate)
                    continue;

                errors.Add(new OrgError(ErrorCodes.InvalidFieldForInsertUpdate,
                    $"Unable to create/update fields: {field.Name}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.",
                    field.Name));
                continue;
            }

            changes[field.Name] = node is null ? Null(field, errors) : Convert(field, node, errors);
        }

        return errors.Count > 0 ? throw new OrgException(400, errors) : changes;
    }

    private static object? Null(TaskField field, List<OrgError> errors)
    {
        if (field.Required)
            errors.Add(new OrgError(ErrorCodes.RequiredFieldMissing, $"Required fields are missing: [{field.Name}]", field.Name));

        return null;
    }

    private object? Convert(TaskField field, JsonNode node, List<OrgError> errors)
    {
        if (field.Kind == FieldKind.Integer)
        {
            if (node is not JsonValue number || !number.TryGetValue<long>(out var value))
                throw ParserError(field, node, "integer");

            if (Math.Abs(value).ToString(CultureInfo.InvariantCulture).Length > field.MaxLength)
                errors.Add(new OrgError(ErrorCodes.NumberOutsideValidRange, $"{field.Label}: value outside of valid range on numeric field: {value}", field.Name));

            return value;
        }

        if (field.Kind == FieldKind.Boolean)
        {
            return node is JsonValue flag && flag.GetValueKind() is JsonValueKind.True or JsonValueKind.False
                ? flag.GetValue<bool>()
                : throw ParserError(field, node, "boolean");
        }

        if (node is not JsonValue text || text.GetValueKind() != JsonValueKind.String)
            throw ParserError(field, node, "string");

        var s = text.GetValue<string>();
        switch (field.Kind)
        {
            case FieldKind.Text when s.Length > field.MaxLength:
                errors.Add(new OrgError(ErrorCodes.StringTooLong,
                    $"{field.Label}: data value too large: {s[..Math.Min(s.Length, 40)]}... (max length={field.MaxLength})", field.Name));
                break;
            case FieldKind.Picklist when field.Restricted && !field.Values!.Contains(s):
                errors.Add(new OrgError(ErrorCodes.RestrictedPicklist, $"{field.Label}: bad value for restricted picklist field: {s}", field.Name));
                break;
            case FieldKind.Date:
                return DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                    ? s
                    : throw ParserError(field, node, "date");
            case FieldKind.DateTime:
                return DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                    ? s
                    : throw ParserError(field, node, "datetime");
            case FieldKind.Reference:
                return Reference(field, s, errors);
        }

        return s;
    }

    private string? Reference(TaskField field, string id, List<OrgError> errors)
    {
        if (id.Length == 0)
        {
            Null(field, errors);
            return null;
        }

        if (!SalesforceIds.IsWellFormed(id))
        {
            errors.Add(new OrgError(ErrorCodes.MalformedId, $"{field.Label}: id value of incorrect type: {id}", field.Name));
            return id;
        }

        var id18 = SalesforceIds.To18(id);
        var prefix = id18[..3];
        var allowed = field.Name switch
        {
            "WhoId" => prefix is SalesforceIds.Contact or SalesforceIds.Lead,
            "OwnerId" => prefix is SalesforceIds.User or SalesforceIds.Group,
            _ => prefix is not (SalesforceIds.Contact or SalesforceIds.Lead or SalesforceIds.User or SalesforceIds.Group or SalesforceIds.Task),
        };
        if (!allowed)
            errors.Add(new OrgError(ErrorCodes.FieldIntegrity, $"{field.Label}: id value of incorrect type: {id}", field.Name));
        else if (RecordTypes.Prefixes.Values.Contains(prefix) && directory.Find(id18) is null)
            errors.Add(new OrgError(ErrorCodes.InvalidCrossReferenceKey, $"{field.Label}: invalid cross reference id", field.Name));

        return id18;
    }

    private static OrgException ParserError(TaskField field, JsonNode node, string expected) =>
        new(400, ErrorCodes.JsonParserError, $"Cannot deserialize instance of {expected} from {node.GetValueKind()} value {node.ToJsonString()} for field {field.Name}");
}
