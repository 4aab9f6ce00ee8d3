using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.Messages;

namespace PureConnect.Simulators.CicServer.Http;

/// <summary>ICWS JSON: camelCase, nulls omitted, dates in the compact form, the ICWS media type.</summary>
internal static class IcwsJson
{
    public const string ContentType = "application/vnd.inin.icws+json; charset=utf-8";

    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new CompactDateConverter() },
    };

    /// <summary>Writes one message: JSON with its <c>__type</c>, or a raw message verbatim.</summary>
    public static void WriteMessage(IBufferWriter<byte> output, IcwsMessage message)
    {
        if (message is RawMessage raw)
        {
            System.Text.EncodingExtensions.GetBytes(System.Text.Encoding.UTF8, raw.Text.AsSpan(), output);
            return;
        }

        using var writer = new Utf8JsonWriter(output);
        JsonSerializer.Serialize(writer, message, Options);
    }

    private sealed class CompactDateConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            IcwsTime.TryParse(reader.GetString(), out var value) ? value : throw new JsonException("Not an ICWS date.");

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(IcwsTime.Compact(value));
    }
}
