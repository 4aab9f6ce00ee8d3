using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using PureConnect.CallLogs;

namespace PureConnect.Replay.WhatIf;

/// <summary>
/// A call-log mapping to try: the projector's <c>CallLogs</c> configuration section, as in its appsettings.json
/// (<c>{"CallLogs": {"Culture": "fr-FR", ...}}</c>) or the section alone. What it leaves out keeps the projector's default.
/// </summary>
public static class MappingFile
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The options, or null with <paramref name="error"/> saying what is wrong.</summary>
    public static CallLogOptions? Read(string text, out string? error)
    {
        error = null;
        CallLogOptions? options;
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                error = "the mapping must be a JSON object: the CallLogs section of the projector's configuration.";
                return null;
            }

            var section = document.RootElement.EnumerateObject()
                .FirstOrDefault(p => string.Equals(p.Name, "CallLogs", StringComparison.OrdinalIgnoreCase)) is { Value.ValueKind: JsonValueKind.Object } found
                ? found.Value
                : document.RootElement;
            options = section.Deserialize<CallLogOptions>(Json);
        }
        catch (JsonException ex)
        {
            error = $"the mapping is not a valid CallLogs section: {ex.Message}";
            return null;
        }

        if (options is null)
        {
            error = "the mapping is empty.";
            return null;
        }

        error = Check(options);
        return error is null ? options : null;
    }

    private static string? Check(CallLogOptions options)
    {
        if (options.EditWindow < TimeSpan.Zero)
        {
            return $"EditWindow must not be negative (it is {options.EditWindow}).";
        }

        try
        {
            _ = CultureInfo.GetCultureInfo(options.Culture, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            return $"Culture '{options.Culture}' is not a known culture (e.g. en-US, fr-FR, ja-JP).";
        }

        try
        {
            _ = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return $"TimeZone '{options.TimeZone}' is not a known time zone (an IANA id such as Europe/Paris).";
        }

        return null;
    }
}
