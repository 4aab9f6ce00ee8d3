using PureConnect.Simulators.CicServer.Contracts;
using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.Http;

namespace PureConnect.Simulators.CicServer.Apis;

/// <summary><c>/icws/{sessionId}/status/...</c> (reference §6).</summary>
internal static class StatusApi
{
    public static void MapStatusApi(this RouteGroupBuilder session)
    {
        session.MapGet("/status/status-messages", (CicEngine engine) => IcwsResult.Ok(new StatusMessageListResponse(engine.StatusMessages)));
        session.MapGet("/status/status-messages-user-access/{userId}", (string userId, CicEngine engine) =>
            IcwsResult.Ok(engine.GetStatusAccess(userId)));
        session.MapGet("/status/user-statuses/{userId}", (string userId, CicEngine engine) => IcwsResult.Ok(engine.GetUserStatus(userId)));
        session.MapPut("/status/user-statuses/{userId}", async (string userId, HttpContext http, CicEngine engine) =>
        {
            var update = Parse(await RequestBody.ReadAsync(http.Request));
            var requestId = engine.SetUserStatus(http.IcwsSession(), userId, update);
            return new IcwsResult(StatusCodes.Status202Accepted, new RequestIdResponse(requestId));
        });
    }

    private static UserStatusUpdate Parse(RequestBody body)
    {
        UntilInfo? until = null;
        if (body.Object("until") is { } value)
        {
            if (!IcwsTime.TryParse(value.String("untilDateTime"), out var at))
            {
                throw RequestBody.Malformed("until.untilDateTime must be an ISO 8601 date.");
            }

            until = new UntilInfo(at, value.Bool("hasDate") ?? true, value.Bool("hasTime") ?? true);
        }

        return new UserStatusUpdate(body.RequiredString("statusId"), body.String("notes"), body.String("forwardNumber"), until);
    }
}
