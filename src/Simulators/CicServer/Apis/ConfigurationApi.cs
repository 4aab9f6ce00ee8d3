using PureConnect.Simulators.CicServer.Contracts;
using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.Http;

namespace PureConnect.Simulators.CicServer.Apis;

/// <summary>The two configuration resources a softphone's login reads: the workstations and the user's own rights.
/// The configuration API's query options (<c>select</c>, <c>rightsFilter</c>) are accepted and ignored.</summary>
internal static class ConfigurationApi
{
    public static void MapConfigurationApi(this RouteGroupBuilder session)
    {
        session.MapGet("/configuration/stations", (CicEngine engine) => IcwsResult.Ok(new ConfigurationItemsResponse(engine.ListStations())));
        session.MapGet("/configuration/users/{userId}", (string userId, HttpContext http, CicEngine engine) =>
            IcwsResult.Ok(engine.GetUserConfiguration(http.IcwsSession(), userId)));
    }
}
