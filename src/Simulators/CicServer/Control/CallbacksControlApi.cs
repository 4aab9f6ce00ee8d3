using PureConnect.Simulators.CicServer.Contracts;
using PureConnect.Simulators.CicServer.Engine;

namespace PureConnect.Simulators.CicServer.Control;

/// <summary>The customer side of callbacks and the workgroups' callback configuration.</summary>
internal static class CallbacksControlApi
{
    public static void MapCallbacksControlApi(this RouteGroupBuilder control)
    {
        control.MapPost("/callbacks", (InjectCallbackRequest request, CicEngine engine) =>
        {
            var id = engine.InjectCallback(request.Workgroup, request.Telephone, request.Name, request.Subject, request.User);
            return Results.Created($"/control/interactions/{id}", new InteractionIdResponse(id));
        });
        control.MapPut("/workgroups/{name}/callbacks", (string name, CallbackSettingsRequest request, CicEngine engine) =>
        {
            engine.ConfigureCallbacks(name, new CallbackSettings(request.MaxRetries ?? CallbackSettings.Default.MaxRetries,
                request.SnoozeSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : CallbackSettings.Default.SnoozeDuration));
            return Results.NoContent();
        });
        // Who watches the callback through the callback subscription (user ids of the subscribed sessions).
        control.MapGet("/callbacks/{id}/subscribers", (string id, CicEngine engine) => Results.Ok(engine.CallbackSubscribers(id)));
    }
}
