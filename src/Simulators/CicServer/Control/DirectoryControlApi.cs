using PureConnect.Simulators.CicServer.Contracts;
using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.Options;

namespace PureConnect.Simulators.CicServer.Control;

/// <summary>Users, stations and workgroups added at run time (tests use unique names per test).</summary>
internal static class DirectoryControlApi
{
    public static void MapDirectoryControlApi(this RouteGroupBuilder control)
    {
        // The status catalogue: PUT adds or replaces (body: the statusMessage fields of StatusSeed), DELETE removes; sessions
        // subscribed to status-messages get the delta.
        control.MapPut("/statuses/{statusId}", (string statusId, StatusSeed seed, CicEngine engine) =>
        {
            seed.StatusId = statusId;
            return Results.Ok(engine.PutStatus(seed));
        });
        control.MapDelete("/statuses/{statusId}", (string statusId, CicEngine engine) =>
        {
            engine.RemoveStatus(statusId);
            return Results.NoContent();
        });
        control.MapPost("/users", (AddUserRequest request, CicEngine engine) =>
        {
            engine.AddUser(new UserSeed
            {
                UserId = request.UserId,
                Password = request.Password,
                DisplayName = request.DisplayName,
                CanUseRemoteStations = request.CanUseRemoteStations ?? false,
                CanMonitorQueues = request.CanMonitorQueues ?? false,
                Extension = request.Extension,
                Statuses = request.Statuses ?? [],
                PasswordExpired = request.PasswordExpired ?? false,
                CanRecordInteractions = request.CanRecordInteractions ?? true,
                CanSnipInteractions = request.CanSnipInteractions ?? true,
                HasRecorderAccessLicense = request.HasRecorderAccessLicense ?? true,
                CanRequestAssistance = request.CanRequestAssistance ?? true,
                DefaultWorkstationId = request.DefaultWorkstationId,
                HasIntercomChatRight = request.HasIntercomChatRight ?? true,
            });
            return Results.Created($"/control/users/{request.UserId}", new { request.UserId });
        });
        // Later status changes of the user are accepted (202) but fail by asyncOperationCompletedMessage; DELETE ends that.
        control.MapPut("/users/{userId}/status-change-failure", (string userId, StatusChangeFailureRequest request, CicEngine engine) =>
        {
            engine.SetStatusChangeFailure(userId, new IcwsError(request.ErrorId ?? "error.status.changeFailed", request.Message ?? "The status change failed."));
            return Results.NoContent();
        });
        control.MapDelete("/users/{userId}/status-change-failure", (string userId, CicEngine engine) =>
        {
            engine.SetStatusChangeFailure(userId, null);
            return Results.NoContent();
        });
        control.MapPut("/users/{userId}/default-workstation", (string userId, DefaultWorkstationRequest request, CicEngine engine) =>
        {
            engine.SetDefaultWorkstation(userId, request.StationId);
            return Results.NoContent();
        });
        control.MapPost("/users/{userId}/expire-password", (string userId, CicEngine engine) =>
        {
            engine.ExpirePassword(userId);
            return Results.NoContent();
        });
        control.MapGet("/user-agreement", (CicEngine engine) => Results.Ok(new UserAgreementRequest(engine.UserAgreementText)));
        control.MapPut("/user-agreement", (UserAgreementRequest request, CicEngine engine) =>
        {
            engine.UserAgreementText = request.Text;
            return Results.NoContent();
        });
        control.MapPost("/stations", (AddStationRequest request, CicEngine engine) =>
        {
            engine.AddStation(request.StationId, request.Extension);
            return Results.Created($"/control/stations/{request.StationId}", new { request.StationId });
        });
        control.MapPost("/workgroups", (AddWorkgroupRequest request, CicEngine engine) =>
        {
            engine.AddWorkgroup(request.Name, request.Members ?? [], request.Activated ?? true);
            return Results.Created($"/control/workgroups/{request.Name}", new { request.Name });
        });
        control.MapPut("/workgroups/{name}/wrap-up", (string name, WrapUpRequest request, CicEngine engine) =>
        {
            engine.ConfigureWrapUp(name, new WrapUpSettings(
                [.. (request.Codes ?? []).Select(c => new WrapUpCode(c, c, null))],
                TimeSpan.FromSeconds(request.TimeLimitSeconds ?? 60),
                request.AmbiguousCode ?? "Ambiguous"));
            return Results.NoContent();
        });
        control.MapPut("/workgroups/{name}/members/{userId}", (string name, string userId, ActivationRequest request, CicEngine engine) =>
        {
            engine.SetMemberActivation(name, userId, request.Activated);
            if (request.CanActivateSelf is { } allowed)
            {
                engine.SetSelfActivationRight(name, userId, allowed);
            }

            return Results.NoContent();
        });
        control.MapPut("/workgroups/{name}/queue-rights/{userId}", (string name, string userId, WorkgroupQueueRightsRequest request, CicEngine engine) =>
        {
            engine.SetWorkgroupQueueRights(name, userId, request.View, request.Modify);
            return Results.NoContent();
        });
    }
}
