using System.Text.Json;
using System.Text.Json.Nodes;
using PureConnect.Icws.Interactions;

namespace PureConnect.Icws.Json;

/// <summary>
/// Wrap-up contracts (§9.1, §7.4). Codes are read from <c>configurationId {id, displayName}</c>, a bare id string, or a
/// <c>label</c> (plain or per language); the time limit is seconds as a number or a string.
/// </summary>
internal static class WrapUpJson
{
    public static IReadOnlyList<WrapUpCode> ReadCodes(JsonElement root)
    {
        var items = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray() : JsonRead.Array(root, "items");
        return [.. items.Select(ReadCode).OfType<WrapUpCode>()];
    }

    public static WorkgroupWrapUp ReadWorkgroup(JsonElement root, string workgroup, WrapUpPropertyNames names)
    {
        var codes = JsonRead.Array(root, names.Codes).Select(ReadCode).OfType<WrapUpCode>().ToList();
        var seconds = JsonRead.OptionalInt(root, names.TimeLimit);
        var ambiguous = JsonRead.TryGet(root, names.AmbiguousCode, out var value) ? ReadCode(value) : null;
        return new WorkgroupWrapUp(
            workgroup,
            codes,
            seconds is > 0 ? TimeSpan.FromSeconds(seconds.Value) : names.DefaultTimeLimit,
            ambiguous ?? (codes.Count > 0 ? new WrapUpCode(names.DefaultAmbiguousCode, names.DefaultAmbiguousCode) : null));
    }

    public static JsonObject Assignment(WrapUpAssignment assignment) => new()
    {
        ["code"] = assignment.Code,
        ["segmentId"] = assignment.SegmentId,
        ["time"] = IcwsDateTime.Format(assignment.Time),
        ["user"] = assignment.User,
        ["sourceInteractionId"] = assignment.SourceInteractionId,
    };

    private static WrapUpCode? ReadCode(JsonElement item)
    {
        if (item.ValueKind == JsonValueKind.String)
        {
            return item.GetString() is { Length: > 0 } bare ? new WrapUpCode(bare, bare) : null;
        }

        if (item.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var idObject = JsonRead.TryGet(item, "configurationId", out var configurationId) ? configurationId : item;
        var id = JsonRead.OptionalString(idObject, "id");
        if (string.IsNullOrEmpty(id))
        {
            return null;
        }

        var label = JsonRead.OptionalString(idObject, "displayName") ?? LabelOf(item) ?? id;
        return new WrapUpCode(id, label.Length > 0 ? label : id);
    }

    private static string? LabelOf(JsonElement item)
    {
        if (!JsonRead.TryGet(item, "label", out var label))
        {
            return null;
        }

        return label.ValueKind switch
        {
            JsonValueKind.String => label.GetString(),
            JsonValueKind.Object => label.EnumerateObject().Select(p => JsonRead.AsText(p.Value)).FirstOrDefault(),
            _ => null,
        };
    }
}
