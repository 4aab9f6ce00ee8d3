using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PureConnect.Salesforce.Auth;

namespace PureConnect.Salesforce.UnitTests.Client;

public sealed class JwtAssertionTests : IDisposable
{
    private static readonly DateTimeOffset Expires = new(2026, 3, 1, 12, 3, 0, TimeSpan.Zero);
    private readonly RSA _key = RSA.Create(2048);

    [Fact]
    public void The_assertion_has_an_RS256_header_and_the_four_claims_Salesforce_reads()
    {
        var parts = JwtAssertion.Create("consumer-key", "integration@example.com", "https://login.salesforce.com", Expires, _key).Split('.');

        Assert.Equal(3, parts.Length);
        Assert.Equal("""{"alg":"RS256"}""", Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[0])));
        using var claims = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
        Assert.Equal("consumer-key", claims.RootElement.GetProperty("iss").GetString());
        Assert.Equal("integration@example.com", claims.RootElement.GetProperty("sub").GetString());
        Assert.Equal("https://login.salesforce.com", claims.RootElement.GetProperty("aud").GetString());
        Assert.Equal(Expires.ToUnixTimeSeconds(), claims.RootElement.GetProperty("exp").GetInt64());
    }

    [Fact]
    public void The_signature_verifies_with_the_public_key_over_header_and_claims_and_fails_when_they_change()
    {
        var assertion = JwtAssertion.Create("consumer-key", "user@example.com", "https://test.salesforce.com", Expires, _key);
        var parts = assertion.Split('.');
        using var publicKey = RSA.Create();
        publicKey.ImportFromPem(_key.ExportSubjectPublicKeyInfoPem());

        bool Verifies(string signingInput) => publicKey.VerifyData(
            Encoding.ASCII.GetBytes(signingInput), Base64Url.DecodeFromChars(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

        Assert.True(Verifies(parts[0] + "." + parts[1]));
        var otherClaims = Base64Url.EncodeToString(Encoding.UTF8.GetBytes("""{"iss":"consumer-key","sub":"admin@example.com"}"""));
        Assert.False(Verifies(parts[0] + "." + otherClaims));
    }

    [Fact]
    public void Every_part_is_base64url_without_padding()
    {
        var assertion = JwtAssertion.Create("k?>", "u~~~@example.com", "https://login.salesforce.com", Expires, _key);

        Assert.DoesNotContain('=', assertion);
        Assert.DoesNotContain('+', assertion);
        Assert.DoesNotContain('/', assertion);
    }

    [Fact]
    public void PKCS1_and_PKCS8_private_keys_both_import()
    {
        using var pkcs1 = JwtAssertion.ImportKey(_key.ExportRSAPrivateKeyPem());
        using var pkcs8 = JwtAssertion.ImportKey(_key.ExportPkcs8PrivateKeyPem());

        Assert.Equal(_key.ExportRSAPublicKeyPem(), pkcs1.ExportRSAPublicKeyPem());
        Assert.Equal(_key.ExportRSAPublicKeyPem(), pkcs8.ExportRSAPublicKeyPem());
    }

    [Fact]
    public void An_unusable_key_is_an_authentication_error_that_does_not_echo_the_key()
    {
        var error = Assert.Throws<SalesforceAuthenticationException>(() => JwtAssertion.ImportKey("-----BEGIN PRIVATE KEY-----\nc2VjcmV0\n-----END PRIVATE KEY-----"));

        Assert.DoesNotContain("c2VjcmV0", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _key.Dispose();
}
