using System.Text.Json;
using PureConnect.Grains.Text;

namespace PureConnect.AgentApi.Http;

/// <summary>
/// Refuses, before any endpoint runs, a request whose path, query or JSON body holds a control character (C0 other
/// than tab, CR, LF; DEL) or an unpaired surrogate, anywhere in any string or property name: 400
/// <c>input.controlCharacters</c>. No agent types them, and such text must never reach a grain or the event store.
/// </summary>
public sealed class ControlCharacterGuard(RequestDelegate next, ILogger<ControlCharacterGuard> logger)
{
    public const string Code = "input.controlCharacters";

    public async Task InvokeAsync(HttpContext http)
    {
        if (InUrl(http.Request) || await InJsonBodyAsync(http.Request, http.RequestAborted))
        {
            logger.LogWarning("Refused {Method} for {UserId}: control characters in the request", http.Request.Method, http.User.AgentId());
            await ApiErrors.Error(Code, "The request contains control characters (or broken Unicode); remove them and try again.").ExecuteAsync(http);
            return;
        }

        await next(http);
    }

    private static bool InUrl(HttpRequest request) =>
        ControlCharacters.Contains(request.Path.Value)
        || request.Query.Any(q => ControlCharacters.Contains(q.Key) || q.Value.Any(ControlCharacters.Contains));

    private static async Task<bool> InJsonBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType() || request.ContentLength == 0)
        {
            return false;
        }

        request.EnableBuffering();
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken);
        request.Body.Position = 0;
        return InJson(body.GetBuffer().AsSpan(0, (int)body.Length));
    }

    /// <summary>True when a string or property name of <paramref name="json"/> holds refused characters, raw or escaped.</summary>
    public static bool InJson(ReadOnlySpan<byte> json)
    {
        // Outside strings JSON allows only tab, CR, LF as control bytes, and inside strings none: any other is refused.
        foreach (var b in json)
        {
            if (b < 0x80 && ControlCharacters.IsRefused((char)b))
            {
                return true;
            }
        }

        var reader = new Utf8JsonReader(json);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName
                    && reader.ValueIsEscaped
                    && ControlCharacters.Contains(reader.GetString()))
                {
                    return true;
                }
            }
        }
        catch (InvalidOperationException)
        {
            return true; // an escape that is no valid UTF-16 (a lone surrogate), or bytes that are no valid UTF-8
        }
        catch (JsonException)
        {
            // Malformed JSON is the endpoint's to refuse.
        }

        return false;
    }
}
