using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.Http;

namespace PureConnect.Simulators.CicServer.Apis;

/// <summary><c>/icws/{sessionId}/connection/station</c> (reference §3).</summary>
internal static class StationApi
{
    public static void MapStationApi(this RouteGroupBuilder session)
    {
        session.MapPut("/connection/station", async (HttpContext http, CicEngine engine) =>
        {
            var request = Parse(await RequestBody.ReadAsync(http.Request));
            var current = http.IcwsSession();
            engine.SetStation(current, request);
            return new IcwsResult(StatusCodes.Status200OK, null, new Dictionary<string, string>
            {
                ["Location"] = $"/icws/{current.Id}/connection/station",
            });
        });
        session.MapGet("/connection/station", (HttpContext http, CicEngine engine) => IcwsResult.Ok(engine.GetStation(http.IcwsSession())));
        session.MapDelete("/connection/station", (HttpContext http, CicEngine engine) =>
        {
            engine.RemoveStation(http.IcwsSession());
            return IcwsResult.Ok();
        });
    }

    private static StationRequest Parse(RequestBody body)
    {
        var media = body.Ints("supportedMediaTypes");
        var mode = body.Int("stationConnectionMode") ?? 0;
        return body.Type?.ToLowerInvariant() switch
        {
            "urn:inin.com:connection:workstationsettings" =>
                new StationRequest(StationKind.Workstation, body.RequiredString("workstation"), null, false, media, mode),
            "urn:inin.com:connection:remoteworkstationsettings" =>
                new StationRequest(StationKind.RemoteWorkstation, body.RequiredString("workstation"), body.String("remoteNumber"), false, media, mode),
            "urn:inin.com:connection:remotenumbersettings" =>
                new StationRequest(StationKind.RemoteNumber, null, body.RequiredString("remoteNumber"), body.Bool("persistentConnection") ?? false, media, mode),
            "urn:inin.com:connection:stationlesssettings" => new StationRequest(StationKind.Stationless),
            _ => throw RequestBody.Malformed("__type must be workstationSettings, remoteWorkstationSettings, remoteNumberSettings or stationlessSettings."),
        };
    }
}
