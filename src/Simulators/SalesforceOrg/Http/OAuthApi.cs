using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PureConnect.Simulators.SalesforceOrg.Auth;
using PureConnect.Simulators.SalesforceOrg.Engine;
using PureConnect.Simulators.SalesforceOrg.Options;

namespace PureConnect.Simulators.SalesforceOrg.Http;

/// <summary>
/// <c>POST /services/oauth2/token</c> for the JWT bearer and client-credentials grants. The answer has no
/// <c>expires_in</c> and no refresh token, as Salesforce's; failures are 400 <c>{error, error_description}</c>.
/// </summary>
internal static class OAuthApi
{
    private const string JwtBearer = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    public static IEndpointRouteBuilder MapOAuthApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/services/oauth2/token", TokenAsync);
        return app;
    }

    private static async Task<IResult> TokenAsync(
        HttpContext context, SalesforceOrgOptions options, JwtBearerValidator jwt, TokenStore tokens, OrgIdentity identity)
    {
        if (!context.Request.HasFormContentType)
            return Refused("invalid_request", "the request must be application/x-www-form-urlencoded");

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var origin = $"{context.Request.Scheme}://{context.Request.Host}";
        string grant = form["grant_type"].ToString();
        try
        {
            switch (grant)
            {
                case JwtBearer:
                    jwt.Validate(form["assertion"], origin);
                    break;
                case "client_credentials":
                    CheckClientCredentials(form["client_id"].ToString(), form["client_secret"].ToString(), options);
                    break;
                default:
                    return Refused("unsupported_grant_type", "grant type not supported");
            }
        }
        catch (OAuthException refused)
        {
            return Refused(refused.Error, refused.Message);
        }

        var (token, issued) = tokens.Issue(options.ClientId, grant, options.TokenLifetime);
        var instance = (options.InstanceUrl?.GetLeftPart(UriPartial.Authority) ?? origin).TrimEnd('/');
        var id = $"{instance}/id/{identity.OrgId}/{identity.IntegrationUserId}";
        var issuedAt = issued.IssuedAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        return Results.Json(new Dictionary<string, string>
        {
            ["access_token"] = token,
            ["signature"] = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(id + issuedAt))),
            ["scope"] = "api",
            ["instance_url"] = instance,
            ["id"] = id,
            ["token_type"] = "Bearer",
            ["issued_at"] = issuedAt,
        });
    }

    private static void CheckClientCredentials(string clientId, string clientSecret, SalesforceOrgOptions options)
    {
        if (options.ClientSecret is null)
            throw new OAuthException("invalid_grant", "no client credentials user enabled");

        if (clientId != options.ClientId || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(clientSecret), Encoding.UTF8.GetBytes(options.ClientSecret)))
            throw new OAuthException("invalid_client", "invalid client credentials");
    }

    private static IResult Refused(string error, string description) =>
        Results.Json(new Dictionary<string, string> { ["error"] = error, ["error_description"] = description }, statusCode: 400);
}
