using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.Net.Http.Headers;

namespace PureConnect.AgentUi.AgentApi;

/// <summary>
/// One agent's AgentApi session as AgentUi holds it on the agent's behalf: the cookies AgentApi set (its session
/// and antiforgery cookies) and the CSRF token it issued. Kept in AgentUi's encrypted auth cookie, never in the browser.
/// </summary>
public sealed record AgentApiSession(ImmutableSortedDictionary<string, string> Cookies, string? CsrfToken)
{
    /// <summary>No session yet (before the login call).</summary>
    public static AgentApiSession None { get; } = new(ImmutableSortedDictionary<string, string>.Empty, null);

    /// <summary>The value of a <c>Cookie</c> request header, or null when there is no cookie.</summary>
    public string? CookieHeader => Cookies.IsEmpty ? null : string.Join("; ", Cookies.Select(c => $"{c.Key}={c.Value}"));

    /// <summary>Applies a response's <c>Set-Cookie</c> headers: new values replace old ones, expired cookies go.</summary>
    public AgentApiSession WithSetCookies(IEnumerable<string> setCookieHeaders, DateTimeOffset now)
    {
        var cookies = Cookies;
        foreach (var header in setCookieHeaders)
        {
            if (!SetCookieHeaderValue.TryParse(header, out var cookie))
            {
                continue;
            }

            var expired = cookie.Expires < now || cookie.MaxAge <= TimeSpan.Zero || cookie.Value.Length == 0;
            cookies = expired ? cookies.Remove(cookie.Name.Value!) : cookies.SetItem(cookie.Name.Value!, cookie.Value.Value!);
        }

        return cookies == Cookies ? this : this with { Cookies = cookies };
    }

    /// <summary>Keeps <paramref name="token"/> when AgentApi issued one, else the current token.</summary>
    public AgentApiSession WithCsrfToken(string? token) => string.IsNullOrEmpty(token) || token == CsrfToken ? this : this with { CsrfToken = token };

    /// <summary>Serialized form, for the auth cookie.</summary>
    public string Serialize() => JsonSerializer.Serialize(new Stored(Cookies, CsrfToken));

    /// <summary>Reads what <see cref="Serialize"/> wrote; <see cref="None"/> when it is missing or unreadable.</summary>
    public static AgentApiSession Deserialize(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return None;
        }

        try
        {
            var stored = JsonSerializer.Deserialize<Stored>(value);
            return stored is null ? None : new(stored.Cookies.ToImmutableSortedDictionary(StringComparer.Ordinal), stored.CsrfToken);
        }
        catch (JsonException)
        {
            return None;
        }
    }

    /// <summary>No secret in logs: only the cookie names.</summary>
    public override string ToString() => $"AgentApiSession {{ Cookies = [{string.Join(", ", Cookies.Keys)}], CsrfToken = {(CsrfToken is null ? "none" : "set")} }}";

    private sealed record Stored(IDictionary<string, string> Cookies, string? CsrfToken);
}
