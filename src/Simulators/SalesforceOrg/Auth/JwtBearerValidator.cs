using System.Buffers.Text;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using PureConnect.Simulators.SalesforceOrg.Options;

namespace PureConnect.Simulators.SalesforceOrg.Auth;

/// <summary>
/// Checks a JWT bearer assertion as the token endpoint does: RS256 signature with the app's public key (or
/// certificate), <c>iss</c> = the consumer key, <c>sub</c> = the integration user, <c>aud</c> = a login host or this
/// org's own origin, <c>exp</c> in the future but within <see cref="SalesforceOrgOptions.MaxAssertionLifetime"/>.
/// Error texts follow the ones integrators report; the exact texts are unconfirmed.
/// </summary>
internal sealed class JwtBearerValidator : IDisposable
{
    private static readonly string[] LoginHosts = ["https://login.salesforce.com", "https://test.salesforce.com"];

    private readonly SalesforceOrgOptions _options;
    private readonly TimeProvider _time;
    private readonly RSA? _key;

    public JwtBearerValidator(SalesforceOrgOptions options, TimeProvider time)
    {
        _options = options;
        _time = time;
        _key = options.JwtPublicKeyPem is { Length: > 0 } pem ? LoadKey(pem) : null;
    }

    public void Validate(string? assertion, string ownOrigin)
    {
        var parts = assertion?.Split('.') ?? [];
        if (parts.Length != 3)
            throw Invalid();

        using var header = Decode(parts[0]);
        using var claims = Decode(parts[1]);
        if (Claim(header, "alg") != "RS256")
            throw Invalid();

        if (Claim(claims, "iss") != _options.ClientId)
            throw new OAuthException("invalid_client_id", "client identifier invalid");

        var signed = Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]);
        if (_key is null || !Base64Url.IsValid(parts[2])
            || !_key.VerifyData(signed, Base64Url.DecodeFromChars(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
            throw Invalid();

        if (!AudienceMatches(Claim(claims, "aud"), ownOrigin))
            throw new OAuthException("invalid_grant", "audience is invalid");

        var now = _time.GetUtcNow();
        var exp = claims.RootElement.TryGetProperty("exp", out var e) && e.TryGetInt64(out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : (DateTimeOffset?)null;
        if (exp is null || exp <= now || exp > now + _options.MaxAssertionLifetime + TimeSpan.FromSeconds(5))
            throw new OAuthException("invalid_grant", "expired authorization code");

        if (!string.Equals(Claim(claims, "sub"), _options.IntegrationUserName, StringComparison.OrdinalIgnoreCase))
            throw new OAuthException("invalid_grant", "user hasn't approved this consumer");
    }

    public void Dispose() => _key?.Dispose();

    private bool AudienceMatches(string? audience, string ownOrigin) =>
        audience is not null
        && LoginHosts.Append(ownOrigin).Concat(_options.AdditionalAudiences)
            .Any(allowed => string.Equals(allowed.TrimEnd('/'), audience.TrimEnd('/'), StringComparison.OrdinalIgnoreCase));

    private static RSA LoadKey(string pem)
    {
        if (pem.Contains("CERTIFICATE", StringComparison.Ordinal))
        {
            using var certificate = X509Certificate2.CreateFromPem(pem);
            return certificate.GetRSAPublicKey() ?? throw new InvalidOperationException("The JWT certificate holds no RSA key.");
        }

        var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        return rsa;
    }

    private static JsonDocument Decode(string part)
    {
        try
        {
            return JsonDocument.Parse(Base64Url.DecodeFromChars(part));
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            throw Invalid();
        }
    }

    private static string? Claim(JsonDocument document, string name) =>
        document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static OAuthException Invalid() => new("invalid_grant", "invalid assertion");
}
