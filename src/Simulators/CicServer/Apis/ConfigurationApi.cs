using PureConnect.Simulators.CicServer.Contracts;
using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.Http;

namespace PureConnect.Simulators.CicServer.Apis;

/// <summary>The configuration resources a softphone reads: the workstations and the user's own rights at login, and the
/// wrap-up codes and a workgroup's wrap-up settings after a call. The configuration API's query options (<c>select</c>,
/// <c>where</c>, <c>rightsFilter</c>) are accepted and ignored.</summary>
internal static class ConfigurationApi
{
    public static void MapConfigurationApi(this RouteGroupBuilder session)
    {
        session.MapGet("/configuration/stations", (CicEngine engine) => IcwsResult.Ok(new ConfigurationItemsResponse(engine.ListStations())));
        session.MapGet("/configuration/users/{userId}", (string userId, HttpContext http, CicEngine engine) =>
            IcwsResult.Ok(engine.GetUserConfiguration(http.IcwsSession(), userId)));
        session.MapGet("/configuration/wrap-up-codes", (HttpContext http, CicEngine engine) =>
            IcwsResult.Ok(new WrapUpCodesResponse(engine.ListWrapUpCodes(http.IcwsSession()))));
        session.MapGet("/configuration/wrap-up-codes/{codeId}", (string codeId, HttpContext http, CicEngine engine) =>
            IcwsResult.Ok(engine.GetWrapUpCode(http.IcwsSession(), codeId)));
        session.MapGet("/configuration/workgroups/{workgroupId}", (string workgroupId, HttpContext http, CicEngine engine) =>
            IcwsResult.Ok(engine.GetWorkgroupConfiguration(http.IcwsSession(), workgroupId)));
    }
}
