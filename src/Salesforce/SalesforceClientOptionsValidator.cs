using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using PureConnect.Salesforce.Auth;

namespace PureConnect.Salesforce;

/// <summary>
/// Checks the Salesforce settings when the host starts (<c>ValidateOnStart</c>), so a wrong setting stops start-up with
/// a message naming the setting and the fix instead of failing every request later. Never repeats a secret or a key.
/// </summary>
public sealed partial class SalesforceClientOptionsValidator : IValidateOptions<SalesforceClientOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, SalesforceClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = Failures(options).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>What is wrong with <paramref name="options"/>, one sentence per problem.</summary>
    public static IEnumerable<string> Failures(SalesforceClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.ClientId))
            yield return "Salesforce:ClientId is missing: set the consumer key of the connected (or external client) app.";

        if (!IsUsableUrl(options.LoginUrl))
            yield return $"Salesforce:LoginUrl '{options.LoginUrl}' must be an absolute https URL (http only for a local simulator).";

        if (options.InstanceUrl is { } instance && !IsUsableUrl(instance))
            yield return $"Salesforce:InstanceUrl '{instance}' must be an absolute https URL (http only for a local simulator).";

        if (options.UsesJwtBearer)
        {
            if (string.IsNullOrWhiteSpace(options.UserName))
                yield return "Salesforce:UserName is missing: the JWT bearer grant (Salesforce:PrivateKeyPem is set) needs the user it acts as.";

            if (!IsRsaKey(options.PrivateKeyPem!))
                yield return "Salesforce:PrivateKeyPem is not a usable RSA private key in PEM (PKCS#1 or PKCS#8).";

            if (options.Audience is { } audience && !Uri.TryCreate(audience, UriKind.Absolute, out _))
                yield return $"Salesforce:Audience '{audience}' must be an absolute URL: {LoginHosts.Production}, {LoginHosts.Sandbox} or an Experience Cloud site's URL.";
        }
        else if (string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            yield return "Salesforce needs either Salesforce:PrivateKeyPem with Salesforce:UserName (JWT bearer) or Salesforce:ClientSecret (client credentials).";
        }
        else if (options.LoginUrl is { IsAbsoluteUri: true } login && LoginHosts.IsGeneric(login))
        {
            yield return $"Salesforce:LoginUrl is {login.GetLeftPart(UriPartial.Authority)}, but the client-credentials grant is served only by the org's My Domain: set it to https://<your-domain>.my.salesforce.com.";
        }

        if (!ApiVersionPattern().IsMatch(options.ApiVersion ?? ""))
            yield return $"Salesforce:ApiVersion '{options.ApiVersion}' must look like v62.0.";

        if (options.RequestTimeout <= TimeSpan.Zero)
            yield return "Salesforce:RequestTimeout must be positive.";

        if (options.MaxRetries < 0 || options.RetryDelay < TimeSpan.Zero || options.AssertionLifetime <= TimeSpan.Zero)
            yield return "Salesforce:MaxRetries and Salesforce:RetryDelay must not be negative, Salesforce:AssertionLifetime must be positive.";
    }

    private static bool IsUsableUrl(Uri? url) =>
        url is { IsAbsoluteUri: true } && (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback));

    private static bool IsRsaKey(string pem)
    {
        try
        {
            using var rsa = RSA.Create();
            rsa.ImportFromPem(pem);
            return true;
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^v\d+\.\d+$")]
    private static partial Regex ApiVersionPattern();
}
