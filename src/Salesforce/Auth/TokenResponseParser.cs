using System.Text.Json;
using PureConnect.Salesforce.Json;

namespace PureConnect.Salesforce.Auth;

/// <summary>Reads <c>{access_token, instance_url, id, token_type, issued_at, ...}</c>; there is no <c>expires_in</c>
/// and no refresh token: a 401 is the only sign of expiry.</summary>
internal static class TokenResponseParser
{
    public static AccessToken Parse(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            var token = JsonRead.String(root, "access_token");
            var instance = JsonRead.String(root, "instance_url");
            if (string.IsNullOrEmpty(token) || !Uri.TryCreate(instance, UriKind.Absolute, out var instanceUrl))
                throw Malformed("it lacks access_token or an absolute instance_url");

            return new AccessToken(token, instanceUrl);
        }
        catch (JsonException)
        {
            throw Malformed("it is not JSON");
        }
    }

    private static SalesforceAuthenticationException Malformed(string why) =>
        new($"The token endpoint's answer is unusable: {why}.", 200, []);
}
