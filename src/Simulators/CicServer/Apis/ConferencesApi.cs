using PureConnect.Simulators.CicServer.Contracts;
using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.Http;

namespace PureConnect.Simulators.CicServer.Apis;

/// <summary><c>/icws/{sessionId}/interactions/conferences[/{conferenceId}]</c> (reference §7.5).</summary>
internal static class ConferencesApi
{
    public static void MapConferencesApi(this RouteGroupBuilder session)
    {
        session.MapPost("/interactions/conferences", async (HttpContext http, CicEngine engine) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            var current = http.IcwsSession();
            var conferenceId = engine.CreateConference(current, body.Strings("interactions"));
            return new IcwsResult(StatusCodes.Status201Created, new ConferenceResponse(conferenceId), new Dictionary<string, string>
            {
                ["Location"] = $"/icws/{current.Id}/interactions/conferences/{conferenceId}",
            });
        });
        session.MapPut("/interactions/conferences/{conferenceId}", async (string conferenceId, HttpContext http, CicEngine engine) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            engine.AddToConference(http.IcwsSession(), conferenceId, body.Strings("interactions"));
            return IcwsResult.Ok();
        });
    }
}
