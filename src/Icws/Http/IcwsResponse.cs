using System.Net.Http.Headers;
using System.Text.Json;

namespace PureConnect.Icws.Http;

/// <summary>A successful (2xx) ICWS response; the body may be empty whatever the Content-Type says.</summary>
internal sealed class IcwsResponse(int statusCode, HttpResponseHeaders headers, string body, string operation)
{
    public int StatusCode { get; } = statusCode;

    public HttpResponseHeaders Headers { get; } = headers;

    public string Body { get; } = body;

    public bool HasBody => !string.IsNullOrWhiteSpace(Body);

    /// <summary>Reads the JSON body with <paramref name="read"/>; malformed JSON or a missing field gives <see cref="IcwsProtocolException"/>.</summary>
    public T Read<T>(Func<JsonElement, T> read)
    {
        if (!HasBody)
            throw new IcwsProtocolException($"ICWS {operation} returned {StatusCode} with an empty body where one was expected.");

        try
        {
            using var document = JsonDocument.Parse(Body);
            return read(document.RootElement);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
        {
            throw new IcwsProtocolException($"ICWS {operation} returned an unreadable body: {ex.Message}", ex);
        }
    }

    /// <summary>Like <see cref="Read{T}"/>, but an empty body gives <paramref name="whenEmpty"/>.</summary>
    public T ReadOrDefault<T>(Func<JsonElement, T> read, T whenEmpty) => HasBody ? Read(read) : whenEmpty;
}
