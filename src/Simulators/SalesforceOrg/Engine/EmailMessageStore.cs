using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PureConnect.Simulators.SalesforceOrg.Engine;

/// <summary>
/// The org's EmailMessage records (email-to-case: the emails of a Case, received and sent). What the Case feed's email form
/// creates when an agent replies: <c>ParentId</c> the Case, <c>Incoming</c> false. Created and read, not updated (a real org updates
/// only drafts). The simulator does not model Cases, so any well-formed Case id (prefix <c>500</c>) is a parent. Thread-safe.
/// </summary>
internal sealed class EmailMessageStore(SalesforceIds ids, TimeProvider time)
{
    /// <summary>Status picklist: 0 New, 1 Read, 2 Replied, 3 Sent, 4 Forwarded, 5 Draft.</summary>
    public static readonly IReadOnlyList<string> Statuses = ["0", "1", "2", "3", "4", "5"];

    // Writable fields and their length limits (field reference); 0 marks a boolean, -1 a datetime, -2 an id.
    private static readonly Dictionary<string, int> Fields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ParentId"] = -2,
        ["RelatedToId"] = -2,
        ["ReplyToEmailMessageId"] = -2,
        ["Incoming"] = 0,
        ["MessageDate"] = -1,
        ["FromAddress"] = 1000,
        ["FromName"] = 1000,
        ["ToAddress"] = 4000,
        ["CcAddress"] = 4000,
        ["BccAddress"] = 4000,
        ["Subject"] = 3000,
        ["TextBody"] = 131072,
        ["HtmlBody"] = 131072,
        ["Status"] = 40,
        ["ThreadIdentifier"] = 765,
    };

    private readonly Lock _gate = new();
    private readonly List<JsonObject> _messages = [];

    /// <summary>Raised after a message is stored (outside the lock), for the org's outbound messages.</summary>
    public event Action<JsonObject>? Created;

    public JsonObject Create(JsonObject body)
    {
        var record = Validate(body);
        var id = ids.Next(SalesforceIds.EmailMessage);
        var now = SalesforceTime.Format(time.GetUtcNow());
        record["Id"] = id;
        record["Incoming"] ??= false;
        record["Status"] ??= record["Incoming"]!.GetValue<bool>() ? "0" : "3";
        record["MessageDate"] ??= now;
        record["CreatedDate"] = now;
        record["IsDeleted"] = false;
        lock (_gate)
        {
            _messages.Add(record);
        }

        Created?.Invoke(record.DeepClone().AsObject());
        return record;
    }

    public JsonObject? Find(string id)
    {
        var id18 = SalesforceIds.IsWellFormed(id) ? SalesforceIds.To18(id) : id;
        lock (_gate)
        {
            return _messages.Find(message => (string?)message["Id"] == id18)?.DeepClone().AsObject();
        }
    }

    /// <summary>Every message, oldest first, or those of one parent (15 or 18 characters).</summary>
    public IReadOnlyList<JsonObject> All(string? parentId = null)
    {
        var parent = parentId is not null && SalesforceIds.IsWellFormed(parentId) ? SalesforceIds.To18(parentId) : parentId;
        lock (_gate)
        {
            return [.. _messages.Where(m => parent is null || (string?)m["ParentId"] == parent).Select(m => m.DeepClone().AsObject())];
        }
    }

    private static JsonObject Validate(JsonObject body)
    {
        var errors = new List<OrgError>();
        var record = new JsonObject();
        foreach (var (name, node) in body)
        {
            if (name == "attributes")
                continue;

            if (!Fields.TryGetValue(name, out var limit))
            {
                throw name.Equals("Id", StringComparison.OrdinalIgnoreCase) || name.Equals("CreatedDate", StringComparison.OrdinalIgnoreCase)
                    ? new OrgException(400, ErrorCodes.InvalidFieldForInsertUpdate, $"Unable to create/update fields: {name}.", name)
                    : new OrgException(400, ErrorCodes.InvalidField, $"No such column '{name}' on sobject of type EmailMessage", name);
            }

            var canonical = Fields.Keys.First(key => key.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (node is null)
                continue;

            record[canonical] = limit switch
            {
                0 => node is JsonValue flag && flag.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? flag.GetValue<bool>() : throw ParserError(canonical, "boolean"),
                _ => Text(canonical, limit, node, errors),
            };
        }

        if (record["ParentId"] is null && record["RelatedToId"] is null)
            errors.Add(new OrgError(ErrorCodes.RequiredFieldMissing, "Required fields are missing: [ParentId]", "ParentId"));

        return errors.Count > 0 ? throw new OrgException(400, errors) : record;
    }

    private static string Text(string field, int limit, JsonNode node, List<OrgError> errors)
    {
        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
            throw ParserError(field, "string");

        var text = value.GetValue<string>();
        switch (limit)
        {
            case -2 when !SalesforceIds.IsWellFormed(text):
                errors.Add(new OrgError(ErrorCodes.MalformedId, $"{field}: id value of incorrect type: {text}", field));
                return text;
            case -2 when field == "ParentId" && !text.StartsWith(SalesforceIds.Case, StringComparison.Ordinal):
                errors.Add(new OrgError(ErrorCodes.FieldIntegrity, $"{field}: id value of incorrect type (not a Case): {text}", field));
                return text;
            case -2:
                return SalesforceIds.To18(text);
            case -1:
                return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? text : throw ParserError(field, "datetime");
            case var max when text.Length > max:
                errors.Add(new OrgError(ErrorCodes.StringTooLong, $"{field}: data value too large: {text[..40]}... (max length={max})", field));
                return text;
            default:
                if (field == "Status" && !Statuses.Contains(text))
                    errors.Add(new OrgError(ErrorCodes.RestrictedPicklist, $"Status: bad value for restricted picklist field: {text}", field));

                return text;
        }
    }

    private static OrgException ParserError(string field, string type) =>
        new(400, ErrorCodes.JsonParserError, $"Cannot deserialize instance of {type} for field {field}", field);
}
