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
        app.MapGet("/id/{orgId}/{userId}", Identity);
        return app;
    }

    /// <summary>The identity URL of the token response (<c>id</c>): who the token acts as and the org's REST URLs. A bad token
    /// is 403 <c>Bad_OAuth_Token</c> as plain text (unconfirmed detail); another org's or user's ids are 404 <c>Bad_Id</c>.</summary>
    private static IResult Identity(string orgId, string userId, HttpContext context, TokenStore tokens, OrgIdentity identity, SalesforceOrgOptions options)
    {
        var header = context.Request.Headers.Authorization.ToString();
        var token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : context.Request.Query["oauth_token"].ToString();
        if (token.Length == 0 || tokens.Validate(token) is null)
            return Results.Text("Bad_OAuth_Token", statusCode: 403);

        if (orgId != identity.OrgId || userId != identity.IntegrationUserId)
            return Results.Text("Bad_Id", statusCode: 404);

        var instance = (options.InstanceUrl?.GetLeftPart(UriPartial.Authority) ?? $"{context.Request.Scheme}://{context.Request.Host}").TrimEnd('/');
        return Results.Json(new Dictionary<string, object>
        {
            ["id"] = $"{instance}/id/{orgId}/{userId}",
            ["asserted_user"] = true,
            ["user_id"] = userId,
            ["organization_id"] = orgId,
            ["username"] = identity.IntegrationUserName,
            ["display_name"] = "Integration User",
            ["active"] = true,
            ["user_type"] = "STANDARD",
            ["urls"] = new Dictionary<string, string>
            {
                ["rest"] = $"{instance}/services/data/v{{version}}/",
                ["sobjects"] = $"{instance}/services/data/v{{version}}/sobjects/",
                ["search"] = $"{instance}/services/data/v{{version}}/search/",
                ["query"] = $"{instance}/services/data/v{{version}}/query/",
                ["profile"] = $"{instance}/{userId}",
            },
        });
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

        if (clientId != options.ClientId)
            throw new OAuthException("invalid_client_id", "client identifier invalid");

        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(clientSecret), Encoding.UTF8.GetBytes(options.ClientSecret)))
            throw new OAuthException("invalid_client", "invalid client credentials");
    }

    private static IResult Refused(string error, string description) =>
        Results.Json(new Dictionary<string, string> { ["error"] = error, ["error_description"] = description }, statusCode: 400);
}
