namespace PureConnect.Icws.Http;

/// <summary>Builds the <c>Cookie</c> request header from the login's <c>Set-Cookie</c> headers (name=value pairs only).</summary>
internal static class SessionCookie
{
    public static string? FromSetCookie(IEnumerable<string> setCookieHeaders)
    {
        var pairs = setCookieHeaders
            .Select(header => header.Split(';', 2)[0].Trim())
            .Where(pair => pair.IndexOf('=', StringComparison.Ordinal) > 0)
            .ToList();
        return pairs.Count == 0 ? null : string.Join("; ", pairs);
    }
}
