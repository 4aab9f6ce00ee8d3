namespace PureConnect.Icws.Http;

/// <summary>Header names and media types of the ICWS wire protocol (§0, §1).</summary>
internal static class IcwsHttp
{
    public const string MediaType = "application/vnd.inin.icws+JSON";
    public const string EventStreamMediaType = "text/event-stream";
    public const string SessionIdHeader = "ININ-ICWS-Session-ID";
    public const string CsrfTokenHeader = "ININ-ICWS-CSRF-Token";
    public const string CookieHeader = "Cookie";
    public const string SetCookieHeader = "Set-Cookie";
}
