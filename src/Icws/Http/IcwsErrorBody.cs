using System.Globalization;
using System.Text.Json;
using PureConnect.Icws.Json;

namespace PureConnect.Icws.Http;

/// <summary>
/// An ICWS error body <c>{errorId?, message, errorCode?}</c> (also accepted wrapped in <c>{error: {...}}</c>), or the
/// 503 <c>alternateHosts</c> body. Read tolerantly: anything unreadable gives an empty body.
/// </summary>
internal sealed record IcwsErrorBody(
    string? ErrorId, string? Message, int? ErrorCode, IReadOnlyList<string> AlternateHosts, IReadOnlyList<IcwsPasswordPolicyError>? PasswordErrors = null)
{
    public static readonly IcwsErrorBody Empty = new(null, null, null, []);

    /// <summary>Whether the error says the user's password has expired ([U]: matched loosely on the id, e.g.
    /// <c>error.request.connection.passwordExpired</c>).</summary>
    public bool IsPasswordExpired =>
        ErrorId is { } id && id.Contains("password", StringComparison.OrdinalIgnoreCase) && id.Contains("expired", StringComparison.OrdinalIgnoreCase);

    /// <summary>The errorId, or the legacy numeric errorCode as text.</summary>
    public string? Identifier => ErrorId ?? ErrorCode?.ToString(CultureInfo.InvariantCulture);

    public static IcwsErrorBody Read(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
            return Empty;

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return Empty;
            var error = JsonRead.TryGet(root, "error", out var inner) && inner.ValueKind == JsonValueKind.Object ? inner : root;
            return new IcwsErrorBody(
                NullIfBlank(JsonRead.OptionalString(error, "errorId")),
                NullIfBlank(JsonRead.OptionalString(error, "message")),
                TryInt(error, "errorCode"),
                ConnectionJson.ReadAlternateHosts(root),
                ReadPasswordErrors(error));
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
        {
            return Empty;
        }
    }

    private static IReadOnlyList<IcwsPasswordPolicyError> ReadPasswordErrors(JsonElement error) =>
        [.. JsonRead.Array(error, "passwordErrors").Select(item => new IcwsPasswordPolicyError(
            TryInt(item, "passwordPolicyErrorId") ?? 0, JsonRead.OptionalString(item, "passwordPolicyErrorMsg") ?? ""))];

    private static int? TryInt(JsonElement error, string name)
    {
        try
        {
            return JsonRead.OptionalInt(error, name);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
