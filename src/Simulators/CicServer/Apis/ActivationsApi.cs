using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.Http;

namespace PureConnect.Simulators.CicServer.Apis;

/// <summary>
/// <c>/icws/{sessionId}/activations/users/{userId}</c> (feature "activations" 1): GET the user's workgroup activations,
/// PUT <c>{"activations": {"Sales": false}}</c> to change some of them (the others stay as they are).
/// </summary>
internal static class ActivationsApi
{
    public static void MapActivationsApi(this RouteGroupBuilder session)
    {
        session.MapGet("/activations/users/{userId}", (string userId, HttpContext http, CicEngine engine) =>
            IcwsResult.Ok(engine.GetUserActivations(http.IcwsSession(), userId)));
        session.MapPut("/activations/users/{userId}", async (string userId, HttpContext http, CicEngine engine) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            var changes = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
            foreach (var (workgroup, value) in body.Map("activations"))
            {
                changes[workgroup] = value switch
                {
                    "true" => true,
                    "false" => false,
                    _ => throw RequestBody.Malformed($"activations.{workgroup} must be true or false."),
                };
            }

            if (changes.Count == 0)
            {
                throw RequestBody.Malformed("'activations' must name at least one workgroup.");
            }

            return IcwsResult.Ok(engine.SetUserActivations(http.IcwsSession(), userId, changes));
        });
    }
}
