using System.Text.Json;
using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.Http;
using PureConnect.Simulators.CicServer.Options;
using PureConnect.Simulators.CicServer.ResponseManagement;

namespace PureConnect.Simulators.CicServer.Apis;

/// <summary>Response Management for the agent (channels facts §6.1): the subscription that hands out the libraries,
/// the download of one library ([U] path), and <c>PUT response-management</c> for the personal library.</summary>
internal static class ResponseManagementApi
{
    public static void MapResponseManagementApi(this RouteGroupBuilder session)
    {
        session.MapPut("/messaging/subscriptions/response-management", (HttpContext http, ResponseLibraryStore store) =>
        {
            store.Subscribe(http.IcwsSession());
            return IcwsResult.Status(store.SubscriptionSuccessStatus);
        });
        session.MapDelete("/messaging/subscriptions/response-management", (HttpContext http, ResponseLibraryStore store) =>
        {
            store.Unsubscribe(http.IcwsSession());
            return IcwsResult.Ok();
        });
        session.MapGet("/response-management/libraries/{libraryId}", (string libraryId, HttpContext http, ResponseLibraryStore store) =>
            IcwsResult.Ok(store.Library(http.IcwsSession(), libraryId)));
        session.MapPut("/response-management", async (HttpContext http, ResponseLibraryStore store) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            ResponseLibrarySeed library;
            try
            {
                library = body.Root.Deserialize<ResponseLibrarySeed>(IcwsJson.Options)
                    ?? throw RequestBody.Malformed("A responseManagementLibrary is required.");
            }
            catch (JsonException e)
            {
                throw RequestBody.Malformed("The body is not a responseManagementLibrary: " + e.Message);
            }

            store.SavePersonal(http.IcwsSession(), library);
            return IcwsResult.Status(StatusCodes.Status204NoContent);
        });
    }
}
