using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.Http;

namespace PureConnect.Simulators.CicServer.Apis;

/// <summary>The customer side of callbacks, without a session: <c>POST /icws/web-callback/create</c> (channels facts §3.5).</summary>
internal static class WebCallbackApi
{
    private const string CreateType = "urn:inin.com:webCallback:callbackCreateRequest";
    private const string ResponseType = "urn:inin.com:webCallback:callbackCreateResponse";

    public static void MapWebCallbackApi(this IEndpointRouteBuilder app) =>
        app.MapPost("/icws/web-callback/create", async (HttpContext http, CicEngine engine) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            if (body.Type is { } type && !string.Equals(type, CreateType, StringComparison.OrdinalIgnoreCase))
            {
                return IcwsResult.Error(400, ErrorIds.InvalidRepresentation, $"__type must be '{CreateType}'.");
            }

            var queue = body.RequiredString("targetQueue");
            var id = body.RequiredString("targetQueueType").ToUpperInvariant() switch
            {
                "WORKGROUP" => engine.InjectCallback(queue, body.RequiredString("telephone"), body.RequiredString("name"), body.String("subject")),
                "USER" => engine.InjectCallback(null, body.RequiredString("telephone"), body.RequiredString("name"), body.String("subject"), userId: queue),
                _ => throw RequestBody.Malformed("'targetQueueType' must be Workgroup or User."),
            };
            return IcwsResult.Ok(new Dictionary<string, object>
            {
                ["__type"] = ResponseType,
                ["participantID"] = Guid.NewGuid().ToString(),
                ["dateFormat"] = "M/d/yyyy",
                ["timeFormat"] = "h:mm:ss tt",
                ["callbackID"] = id,
            });
        });
}
