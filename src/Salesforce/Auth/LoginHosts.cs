namespace PureConnect.Salesforce.Auth;

/// <summary>
/// Salesforce's generic login hosts and what follows from them: the JWT bearer grant's <c>aud</c> is
/// <c>https://login.salesforce.com</c> for production and <c>https://test.salesforce.com</c> for a sandbox (or an
/// Experience Cloud site's URL, configured explicitly), whichever host the token request goes to; the client-credentials
/// grant is served only by the org's My Domain, never by a generic login host.
/// </summary>
public static class LoginHosts
{
    /// <summary>Production login host, and the production <c>aud</c>.</summary>
    public const string Production = "https://login.salesforce.com";

    /// <summary>Sandbox login host, and the sandbox <c>aud</c>.</summary>
    public const string Sandbox = "https://test.salesforce.com";

    /// <summary>True for <c>login.salesforce.com</c> and <c>test.salesforce.com</c>.</summary>
    public static bool IsGeneric(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.Host.Equals("login.salesforce.com", StringComparison.OrdinalIgnoreCase)
               || url.Host.Equals("test.salesforce.com", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True for <c>test.salesforce.com</c> and a sandbox's My Domain (<c>….sandbox.my.salesforce.com</c>).</summary>
    public static bool IsSandbox(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.Host.Equals("test.salesforce.com", StringComparison.OrdinalIgnoreCase)
               || url.Host.EndsWith(".sandbox.my.salesforce.com", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The JWT <c>aud</c> when none is configured: the sandbox host for a sandbox login URL, else production.</summary>
    public static string DefaultAudience(Uri loginUrl) => IsSandbox(loginUrl) ? Sandbox : Production;
}
