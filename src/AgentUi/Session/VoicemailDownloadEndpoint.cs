using PureConnect.AgentUi.AgentApi;

namespace PureConnect.AgentUi.Session;

/// <summary>
/// <c>GET /voicemail/{id}/file</c> (spec: "Voicemail view", Download): streams one of the agent's voicemail files from AgentApi to the browser as
/// an attachment (a WAV file the browser saves, never shows inline). AgentApi answers 404 for an id not in the agent's box.
/// </summary>
public static class VoicemailDownloadEndpoint
{
    public static void MapVoicemailDownload(this WebApplication app) =>
        app.MapGet("/voicemail/{id}/file", async (string id, HttpContext context, LoginFlow flow, AgentApiClient api) =>
        {
            if (flow.Load(context) is not { IsReady: true })
            {
                return Results.Unauthorized();
            }

            var response = await api.OpenDownloadAsync($"/api/me/voicemail/{Uri.EscapeDataString(id)}/file", context.RequestAborted);
            if (!response.IsSuccessStatusCode)
            {
                var status = (int)response.StatusCode;
                response.Dispose();
                return Results.StatusCode(status);
            }

            context.Response.RegisterForDispose(response);
            var type = response.Content.Headers.ContentType?.MediaType is { } media && media.StartsWith("audio/", StringComparison.OrdinalIgnoreCase) ? media : "audio/wav";
            var name = response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"') ?? "voicemail.wav";
            context.Response.Headers.CacheControl = "no-store";
            return Results.Stream(await response.Content.ReadAsStreamAsync(context.RequestAborted), type, Path.GetFileName(name));
        }).RequireAuthorization();
}
