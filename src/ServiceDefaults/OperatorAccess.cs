using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace PureConnect.ServiceDefaults;

/// <summary>
/// Who may use the management surfaces (<c>/dashboard</c>, <c>/metrics</c>, <c>/openapi</c>, <c>/operations</c>): an operator
/// who sends the key configured as <c>Operations:ApiKey</c>, either in the <c>X-Operations-Key</c> header or as the password of
/// HTTP Basic authentication (any user name, so that a browser can open the dashboard). Without the key the answer is 401.
/// Outside Development, a service with no key configured keeps these surfaces closed (404); in Development they are open
/// unless a key is configured.
/// </summary>
public sealed class OperatorAccess
{
    public const string HeaderName = "X-Operations-Key";
    public const string ConfigurationKey = "Operations:ApiKey";
    private static readonly string[] ManagementPaths = ["/dashboard", "/metrics", "/openapi", "/operations"];

    private readonly byte[]? _keyHash;
    private readonly bool _openWithoutKey;

    public OperatorAccess(string? apiKey, bool isDevelopment)
    {
        _keyHash = string.IsNullOrEmpty(apiKey) ? null : Hash(apiKey);
        _openWithoutKey = isDevelopment;
    }

    public enum Verdict
    {
        Allowed,
        Unauthorized,
        Closed,
    }

    public static OperatorAccess From(IConfiguration configuration, IHostEnvironment environment) =>
        new(configuration[ConfigurationKey], environment.IsDevelopment());

    public static bool IsManagementPath(PathString path) =>
        ManagementPaths.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));

    public Verdict Judge(HttpRequest request)
    {
        if (!IsManagementPath(request.Path))
        {
            return Verdict.Allowed;
        }

        if (_keyHash is null)
        {
            return _openWithoutKey ? Verdict.Allowed : Verdict.Closed;
        }

        return PresentedKey(request) is { } key && CryptographicOperations.FixedTimeEquals(Hash(key), _keyHash)
            ? Verdict.Allowed
            : Verdict.Unauthorized;
    }

    /// <summary>Puts the rule in front of everything else the app maps.</summary>
    public static void Use(WebApplication app)
    {
        var access = From(app.Configuration, app.Environment);
        app.Use(async (context, next) =>
        {
            switch (access.Judge(context.Request))
            {
                case Verdict.Allowed:
                    await next(context);
                    break;
                case Verdict.Unauthorized:
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    context.Response.Headers.WWWAuthenticate = "Basic realm=\"PureConnect operations\", charset=\"UTF-8\"";
                    await context.Response.WriteAsJsonAsync(new JsonError("operations.unauthorized",
                        $"This is for operators: send the operations key in {HeaderName} or as the Basic password."));
                    break;
                default:
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    await context.Response.WriteAsJsonAsync(new JsonError("notFound", "There is nothing at this address."));
                    break;
            }
        });
    }

    private static string? PresentedKey(HttpRequest request)
    {
        if (request.Headers[HeaderName].ToString() is { Length: > 0 } header)
        {
            return header;
        }

        var authorization = request.Headers.Authorization.ToString();
        if (!authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(authorization["Basic ".Length..].Trim()));
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 ? null : pair[(colon + 1)..];
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
