using PureConnect.Simulators.CicServer.Contracts;
using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.Http;
using PureConnect.Simulators.CicServer.Options;

namespace PureConnect.Simulators.CicServer.Apis;

/// <summary>Session-less connection resources and the session's own connection (reference §1).</summary>
internal static class ConnectionApi
{
    private const string IcAuthType = "urn:inin.com:connection:icAuthConnectionRequestSettings";

    public static void MapConnectionApi(this IEndpointRouteBuilder app, RouteGroupBuilder session)
    {
        app.MapPost("/icws/connection", CreateSessionAsync);
        app.MapGet("/icws/connection/version", (CicEngine engine) => IcwsResult.Ok(VersionOf(engine.Options)));
        app.MapGet("/icws/connection/features", (CicEngine engine) => IcwsResult.Ok(new FeatureInfoListResponse(FeaturesOf(engine.Options))));
        app.MapGet("/icws/connection/features/{featureId}", (string featureId, CicEngine engine) =>
            engine.Options.FeatureVersions.TryGetValue(featureId, out var version)
                ? IcwsResult.Ok(new FeatureInfo(featureId, version))
                : IcwsResult.Error(400, ErrorIds.FeatureNotFound, $"The feature '{featureId}' is not supported."));
        app.MapGet("/icws/connection/server-info", (HttpContext http, CicEngine engine) =>
        {
            var language = http.Request.Headers.AcceptLanguage.FirstOrDefault() is { Length: > 0 } l ? l : "en-US";
            return IcwsResult.Ok(new ServerInfoResponse(
                [new LanguageInfo("en-US", "English (United States)")], language, new AuthenticationInfo(true, [], engine.UserAgreementText)));
        });
        app.MapGet("/icws/connection/server-time", (TimeProvider time) => IcwsResult.Ok(new ServerTimeInfo(time.GetUtcNow())));

        session.MapGet("/connection", () => IcwsResult.Ok(new ConnectionSettings(1))).WithMetadata(new SessionFilter.AllowedWithExpiredPassword());
        session.MapDelete("/connection", (HttpContext http, CicEngine engine) =>
        {
            engine.Logout(http.IcwsSession());
            return IcwsResult.Status(engine.Options.LogoutStatusCode);
        }).WithMetadata(new SessionFilter.AllowedWithExpiredPassword());
    }

    private static async Task<IResult> CreateSessionAsync(HttpContext http, CicEngine engine, TimeProvider time)
    {
        var options = engine.Options;
        if (engine.IsSwitchoverActive && options.EffectivePrimaryHostNames().Contains(http.Request.Host.Host, StringComparer.OrdinalIgnoreCase))
        {
            return new IcwsResult(503, new AlternateHostsResponse(options.EffectiveAlternateHosts(), null, "Switchover in progress"));
        }

        if (string.IsNullOrWhiteSpace(http.Request.Headers.AcceptLanguage))
        {
            return IcwsResult.Error(400, ErrorIds.MissingHeader, "The Accept-Language header is required.");
        }

        var body = await RequestBody.ReadAsync(http.Request);
        if (!string.Equals(body.Type, IcAuthType, StringComparison.OrdinalIgnoreCase))
        {
            return IcwsResult.Error(400, ErrorIds.Unsupported, $"__type must be '{IcAuthType}' (the simulator supports IC authentication only).");
        }

        var applicationName = body.RequiredString("applicationName");
        var session = engine.Login(body.RequiredString("userID"), body.RequiredString("password"), applicationName, http.Request.Host.Host);
        var include = http.Request.Query["include"].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var extras = engine.LoginExtras(session);
        var response = new ConnectionResponse(
            session.Id,
            session.CsrfToken,
            options.AlternateHostsFor(http.Request.Host.Host),
            session.UserId,
            session.UserDisplayName,
            options.ServerName,
            include.Contains("version") ? VersionOf(options) : null,
            include.Contains("features") ? FeaturesOf(options) : null,
            include.Contains("server-time") ? new ServerTimeInfo(time.GetUtcNow()) : null,
            engine.DaysUntilPasswordExpiration(session),
            include.Contains("default-workstation") ? extras.DefaultWorkstationId : null,
            include.Contains("effective-station") && extras.EffectiveStationId is { } effective
                ? new EffectiveStation(new ConfigurationId(effective, effective, $"/configuration/stations/{Uri.EscapeDataString(effective)}"))
                : null);
        var cookie = $"{session.CookieName}={session.CookieValue}; Path={http.Request.PathBase}/icws/{session.Id};{(options.SecureCookie ? " Secure;" : "")} HttpOnly";
        return new IcwsResult(StatusCodes.Status201Created, response, new Dictionary<string, string>
        {
            ["ININ-ICWS-Session-ID"] = session.Id,
            ["ININ-ICWS-CSRF-Token"] = session.CsrfToken,
            ["Location"] = $"{http.Request.PathBase}/icws/{session.Id}/connection",
            ["Set-Cookie"] = cookie,
            ["Access-Control-Expose-Headers"] = "ININ-ICWS-CSRF-Token,ININ-ICWS-Session-ID,Location,Set-Cookie",
        });
    }

    private static VersionInfo VersionOf(CicSimulatorOptions options) => new(
        options.Version.MajorVersion,
        options.Version.MinorVersion,
        options.Version.Su,
        options.Version.Build,
        options.Version.ProductId,
        options.Version.CodebaseId,
        options.Version.ProductReleaseDisplayString,
        options.Version.ProductPatchDisplayString);

    private static List<FeatureInfo> FeaturesOf(CicSimulatorOptions options) =>
        [.. options.FeatureVersions.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => new FeatureInfo(f.Key, f.Value))];
}
