using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using PureConnect.Salesforce.Http;
using PureConnect.Salesforce.Json;

namespace PureConnect.Salesforce.Auth;

/// <summary>
/// Holds the access token: obtains one on first use (JWT bearer when a private key is configured, else client
/// credentials) and a fresh one when a request met 401. Concurrent refreshes of the same stale token share one
/// token request.
/// </summary>
internal sealed class TokenProvider(HttpClient http, SalesforceClientOptions options, TimeProvider time, ILogger logger) : IDisposable
{
    private const string JwtBearerGrant = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lazy<RSA> _key = new(() => JwtAssertion.ImportKey(options.PrivateKeyPem!));
    private AccessToken? _current;

    public async ValueTask<AccessToken> GetAsync(CancellationToken ct) =>
        Volatile.Read(ref _current) ?? await RefreshAsync(null, ct).ConfigureAwait(false);

    /// <summary>A token other than <paramref name="stale"/>: the one another caller just obtained, or a new one.</summary>
    public async Task<AccessToken> RefreshAsync(AccessToken? stale, CancellationToken ct)
    {
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (_current is { } current && !ReferenceEquals(current, stale))
                return current;

            var token = await RequestAsync(ct).ConfigureAwait(false);
            Volatile.Write(ref _current, token);
            return token;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<AccessToken> RequestAsync(CancellationToken ct)
    {
        var grant = options.UsesJwtBearer ? "jwt-bearer" : "client-credentials";
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.LoginUrl, "/services/oauth2/token"))
        {
            Content = new FormUrlEncodedContent(FormFields()),
        };
        var response = await HttpSend.SendAsync(http, request.MarkIdempotent(), "token request", ct).ConfigureAwait(false);
        if (!response.IsSuccess)
        {
            var errors = ErrorParser.Parse(response.Body);
            var error = errors.Count > 0 ? $"{errors[0].ErrorCode}: {errors[0].Message}" : "no error body";
            SalesforceLog.TokenRefused(logger, response.StatusCode, error);
            throw response.StatusCode >= 500
                ? new SalesforceTransientException($"The Salesforce token endpoint failed with {response.StatusCode}.", response.StatusCode, errors)
                : new SalesforceAuthenticationException($"Salesforce refused the {grant} grant ({response.StatusCode}, {error}).", response.StatusCode, errors);
        }

        var token = TokenResponseParser.Parse(response.Body);
        SalesforceLog.TokenObtained(logger, grant, token.InstanceUrl.Host);
        return token;
    }

    private Dictionary<string, string> FormFields()
    {
        if (!options.UsesJwtBearer)
        {
            return new()
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = options.ClientId,
                ["client_secret"] = options.ClientSecret ?? "",
            };
        }

        var expires = time.GetUtcNow().Add(options.AssertionLifetime);
        var assertion = JwtAssertion.Create(options.ClientId, options.UserName ?? "", Audience(options), expires, _key.Value);
        return new() { ["grant_type"] = JwtBearerGrant, ["assertion"] = assertion };
    }

    internal static string Audience(SalesforceClientOptions options) =>
        options.Audience ?? LoginHosts.DefaultAudience(options.LoginUrl);

    public void Dispose()
    {
        _gate.Dispose();
        if (_key.IsValueCreated)
            _key.Value.Dispose();
    }
}
