using PureConnect.Simulators.CicServer.Contracts;
using PureConnect.Simulators.CicServer.Engine;

namespace PureConnect.Simulators.CicServer.Control;

/// <summary>The outside world's side of ACD email: an email arrives in a workgroup's mailbox; what the outbound mailbox sent;
/// the addresses it refuses.</summary>
internal static class EmailsControlApi
{
    public static void MapEmailsControlApi(this RouteGroupBuilder control)
    {
        control.MapPost("/emails", (InjectEmailRequest request, CicEngine engine) =>
        {
            var id = engine.InjectEmail(request.ToInbound());
            return Results.Created($"/control/interactions/{id}", new InteractionIdResponse(id));
        });
        control.MapGet("/emails/sent", (CicEngine engine) => Results.Ok(engine.SentEmails()));
        control.MapPut("/emails/refused-addresses", (RefusedAddressesRequest request, CicEngine engine) =>
        {
            engine.SetRefusedAddresses(request.Addresses ?? []);
            return Results.NoContent();
        });
    }
}
