using PureConnect.AgentUi.AgentApi;
using PureConnect.AgentUi.Softphone;

namespace PureConnect.AgentUi.Session;

/// <summary>
/// <c>GET /api/me/interactions/{key}/email/attachments/{attachmentId}</c>: one of the agent's email attachments, streamed from AgentApi
/// with the agent's session. The path is AgentApi's own, because AgentApi points an email's inline parts (<c>cid:</c>) there in the
/// sanitised HTML: the images then load from the softphone's origin, with its cookie, and from nowhere else. A raster image is served
/// inline (an <c>img</c> shows it); anything else as a download. Never run: no sniffing, a sandbox, nothing it may load.
/// </summary>
public static class EmailAttachmentEndpoint
{
    public static void MapEmailAttachments(this WebApplication app) =>
        app.MapGet("/api/me/interactions/{key}/email/attachments/{attachmentId}", async (string key, string attachmentId, HttpContext context,
            LoginFlow flow, AgentApiClient api) =>
        {
            if (flow.Load(context) is not { IsReady: true })
            {
                return Results.Unauthorized();
            }

            var path = $"/api/me/interactions/{Uri.EscapeDataString(key)}/email/attachments/{Uri.EscapeDataString(attachmentId)}";
            var response = await api.OpenDownloadAsync(path, context.RequestAborted);
            if (!response.IsSuccessStatusCode)
            {
                var status = (int)response.StatusCode;
                response.Dispose();
                return Results.StatusCode(status);
            }

            context.Response.RegisterForDispose(response);
            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; media-src 'self'; sandbox";
            context.Response.Headers.CacheControl = "private, no-store";
            var type = response.Content.Headers.ContentType?.MediaType;
            var stream = await response.Content.ReadAsStreamAsync(context.RequestAborted);
            if (EmailViewRules.IsInlineImage(type))
            {
                context.Response.Headers.ContentDisposition = "inline";
                return Results.Stream(stream, type);
            }

            var name = response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"') ?? "attachment";
            return Results.Stream(stream, type ?? "application/octet-stream", Path.GetFileName(name));
        }).RequireAuthorization();
}
