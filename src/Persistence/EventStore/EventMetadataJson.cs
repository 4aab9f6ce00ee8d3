using System.Text.Json;

namespace PureConnect.Persistence.EventStore;

/// <summary>The <c>metadata</c> jsonb column: <c>{"causationId", "correlationId", "source"}</c>, nulls left out.</summary>
internal static class EventMetadataJson
{
    public static string Write(EventMetadata metadata)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (metadata.CausationId is { } causationId)
            {
                writer.WriteString("causationId", causationId);
            }

            if (metadata.CorrelationId is { } correlationId)
            {
                writer.WriteString("correlationId", correlationId);
            }

            if (metadata.Source is { } source)
            {
                writer.WriteString("source", source);
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static EventMetadata Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return new EventMetadata(
            Guid(root, "causationId"),
            Guid(root, "correlationId"),
            root.TryGetProperty("source", out var source) && source.ValueKind == JsonValueKind.String ? source.GetString() : null);
    }

    private static Guid? Guid(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.TryGetGuid(out var guid) ? guid : null;
}
