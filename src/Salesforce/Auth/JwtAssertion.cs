using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace PureConnect.Salesforce.Auth;

/// <summary>
/// The signed JWT of the OAuth 2.0 JWT bearer grant: header <c>{"alg":"RS256"}</c>, claims <c>iss</c> (consumer key),
/// <c>sub</c> (user name), <c>aud</c> (login host) and <c>exp</c> (seconds since 1970), RSASSA-PKCS1-v1_5 with SHA-256,
/// each part base64url without padding. Built with the BCL alone.
/// </summary>
internal static class JwtAssertion
{
    private static readonly string Header = Encode(Encoding.UTF8.GetBytes("""{"alg":"RS256"}"""));

    public static string Create(string clientId, string userName, string audience, DateTimeOffset expires, RSA key)
    {
        var claims = new JsonObject
        {
            ["iss"] = clientId,
            ["sub"] = userName,
            ["aud"] = audience,
            ["exp"] = expires.ToUnixTimeSeconds(),
        };
        var signingInput = Header + "." + Encode(Encoding.UTF8.GetBytes(claims.ToJsonString()));
        var signature = key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Encode(signature);
    }

    /// <summary>An RSA key from a PEM (PKCS#1 <c>RSA PRIVATE KEY</c> or PKCS#8 <c>PRIVATE KEY</c>).</summary>
    public static RSA ImportKey(string privateKeyPem)
    {
        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(privateKeyPem);
            return rsa;
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException)
        {
            rsa.Dispose();
            throw new SalesforceAuthenticationException($"The private key is not a usable RSA PEM: {ex.GetType().Name}.", null, []);
        }
    }

    private static string Encode(ReadOnlySpan<byte> bytes) => Base64Url.EncodeToString(bytes);
}
