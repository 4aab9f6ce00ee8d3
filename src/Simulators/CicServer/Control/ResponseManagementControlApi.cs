using PureConnect.Simulators.CicServer.ResponseManagement;

namespace PureConnect.Simulators.CicServer.Control;

/// <summary>What the server saw of Response Management: how many libraries clients downloaded (a client that caches by
/// <c>cacheTag</c> downloads each version once).</summary>
internal static class ResponseManagementControlApi
{
    public static void MapResponseManagementControlApi(this RouteGroupBuilder control) =>
        control.MapGet("/response-management/downloads", (ResponseLibraryStore store) => Results.Ok(new { downloads = store.Downloads }));
}
