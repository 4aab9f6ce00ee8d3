using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using PureConnect.AgentApi.Contracts;
using PureConnect.AgentApi.Emails;
using PureConnect.AgentApi.Http;
using PureConnect.Grains.Interactions;
using PureConnect.Grains.Interactions.Emails;

namespace PureConnect.AgentApi.Apis;

/// <summary>ACD email (spec: "Email"): read one of the agent's emails (headers, text and sanitised HTML, attachments, replies), download
/// an attachment, reply / reply all / forward, save the draft, attach and remove files, send, reopen an expired email. Pickup, hold,
/// transfer and disconnect are the call controls. Only the agent's own interactions are reachable (404 otherwise).</summary>
public static class EmailsApi
{
    public static void MapEmailsApi(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/me/interactions/{key}/email").WithTags("Email").RequireAuthorization();
        me.MapGet("", async (string key, HttpContext http, IGrainFactory grains, IOptions<EmailOptions> options, ILoggerFactory loggers) =>
            {
                var userId = http.User.AgentId()!;
                var agent = grains.Agent(http.User);
                if (!await InteractionOwnership.IsOwnedByAsync(key, agent))
                {
                    loggers.CreateLogger(typeof(EmailsApi)).LogWarning("Agent {UserId} asked for the email of interaction {InteractionKey}, which is not theirs",
                        userId, key);
                    return InteractionOwnership.NotFound();
                }

                var email = await grains.GetGrain<IInteractionGrain>(key).ReadEmailAsync(userId);
                if (email is null)
                {
                    return ApiErrors.Error("email.notAnEmail", "That interaction is not an email.");
                }

                var keys = (await agent.GetViewAsync()).Interactions.ToDictionary(i => i.InteractionId, i => i.Key);
                return Results.Ok(ToResponse(key, email, keys, new EmailHtmlSanitizer(options.Value.AllowRemoteContent)));
            })
            .WithSummary("The email: headers, text body, sanitised HTML body, attachments and replies")
            .Produces<EmailResponse>().Produces<ErrorResponse>(400).Produces<ErrorResponse>(404);
        me.MapGet("/attachments/{attachmentId}", async (string key, string attachmentId, HttpContext http, IGrainFactory grains, ILoggerFactory loggers) =>
            {
                var userId = http.User.AgentId()!;
                if (!await InteractionOwnership.IsOwnedByAsync(key, grains.Agent(http.User)))
                {
                    loggers.CreateLogger(typeof(EmailsApi)).LogWarning("Agent {UserId} asked for an attachment of interaction {InteractionKey}, which is not theirs",
                        userId, key);
                    return InteractionOwnership.NotFound();
                }

                var download = await grains.GetGrain<IInteractionGrain>(key).DownloadEmailAttachmentAsync(userId, attachmentId);
                if (!download.Result.Succeeded)
                {
                    return ApiErrors.From(download.Result);
                }

                // Downloaded, never run: a saved file, not a page of this site (scripts in an HTML or SVG attachment stay inert).
                http.Response.Headers.XContentTypeOptions = "nosniff";
                http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; media-src 'self'; sandbox";
                return Results.File(download.Content!, SafeContentType(download.ContentType), download.FileName);
            })
            .WithSummary("An attachment, as a download (Content-Disposition: attachment)")
            .Produces(200).Produces<ErrorResponse>(404).Produces<ErrorResponse>(502);

        var commands = me.MapGroup("").AddEndpointFilter<CsrfFilter>();
        commands.MapPost("/responses", (string key, EmailResponseRequest request, HttpContext http, IGrainFactory grains, ILoggerFactory loggers) =>
                Enum.TryParse<EmailKind>(request.Kind, ignoreCase: true, out var kind) && kind is EmailKind.Reply or EmailKind.ReplyAll or EmailKind.Forward
                    ? RunAsync(key, http, grains, loggers, user => new EmailCommand(user, EmailCommandKind.CreateResponse, kind))
                    : Task.FromResult(ApiErrors.Error("email.unknownResponse", "kind must be Reply, ReplyAll or Forward.")))
            .WithSummary("Reply, reply all or forward: a draft under the email (its interaction id in the answer)")
            .Produces<AcceptedResponse>(202).Produces<ErrorResponse>(400).Produces<ErrorResponse>(404).Produces<ErrorResponse>(409);
        commands.MapPut("/draft", (string key, EmailDraftRequest request, HttpContext http, IGrainFactory grains, IOptions<EmailOptions> options,
                ILoggerFactory loggers) =>
            {
                // The agent's HTML is cleaned too: pasted content can carry what incoming email does.
                var html = request.Html is null ? null : new EmailHtmlSanitizer(options.Value.AllowRemoteContent).Sanitize(request.Html, id => "cid:" + id);
                var draft = new EmailDraftContent(EmailMapping.ToAddresses(request.To), EmailMapping.ToAddresses(request.Cc), EmailMapping.ToAddresses(request.Bcc),
                    request.Subject ?? "", request.Text, html);
                return RunAsync(key, http, grains, loggers, user => new EmailCommand(user, EmailCommandKind.Save, Draft: draft));
            })
            .WithSummary("Save the draft's recipients, subject and body")
            .Produces<AcceptedResponse>(202).Produces<ErrorResponse>(400).Produces<ErrorResponse>(404).Produces<ErrorResponse>(409);
        commands.MapPost("/attachments", async (string key, string? name, HttpContext http, IGrainFactory grains, ILoggerFactory loggers) =>
            {
                const long limit = EmailLimits.MaxAttachmentBytes;
                var tooLarge = ApiErrors.Error("email.attachmentTooLarge", $"An attachment can be at most {limit / 1024 / 1024} MB.");
                if (http.Request.ContentLength > 2 * limit)
                {
                    return tooLarge;
                }

                // Room to read a file a little over the limit to its end, so the client gets the 413 rather than a broken connection.
                if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
                {
                    size.MaxRequestBodySize = 2 * limit;
                }

                var content = await ReadUpToAsync(http.Request.Body, limit + 1, http.RequestAborted);
                if (content.LongLength > limit)
                {
                    await http.Request.Body.CopyToAsync(Stream.Null, http.RequestAborted);
                    return tooLarge;
                }

                var file = new EmailFile(name ?? "", http.Request.ContentType ?? "application/octet-stream", content);
                return await RunAsync(key, http, grains, loggers, user => new EmailCommand(user, EmailCommandKind.Upload, File: file));
            })
            // Any content type: the file's own (no Accepts metadata, which would refuse every other type with 415).
            .WithSummary("Attach a file to the draft: the bytes as the body, ?name= the file name (at most 10 MB: 413 email.attachmentTooLarge)")
            .Produces<AcceptedResponse>(202).Produces<ErrorResponse>(400).Produces<ErrorResponse>(404).Produces<ErrorResponse>(409).Produces<ErrorResponse>(413);
        commands.MapDelete("/attachments/{attachmentId}", (string key, string attachmentId, HttpContext http, IGrainFactory grains, ILoggerFactory loggers) =>
                RunAsync(key, http, grains, loggers, user => new EmailCommand(user, EmailCommandKind.RemoveAttachment, AttachmentId: attachmentId)))
            .WithSummary("Take an attachment off the draft")
            .Produces<AcceptedResponse>(202).Produces<ErrorResponse>(404).Produces<ErrorResponse>(409);
        commands.MapPost("/send", (string key, HttpContext http, IGrainFactory grains, ILoggerFactory loggers) =>
                RunAsync(key, http, grains, loggers, user => new EmailCommand(user, EmailCommandKind.Send)))
            .WithSummary("Send the draft (a recipient the outbound mailbox refuses: 409 email.recipientRefused, the draft kept)")
            .Produces<AcceptedResponse>(202).Produces<ErrorResponse>(400).Produces<ErrorResponse>(404).Produces<ErrorResponse>(409);
        commands.MapPost("/response-files", AttachResponseFileAsync)
            .WithSummary("Attach a File response to the draft (spec: \"Use Response Management in an Email Reply\": the file appears among the attachments)")
            .Produces<AcceptedResponse>(202).Produces<ErrorResponse>(400).Produces<ErrorResponse>(404).Produces<ErrorResponse>(409);
        commands.MapPost("/reopen", (string key, HttpContext http, IGrainFactory grains, ILoggerFactory loggers) =>
                RunAsync(key, http, grains, loggers, user => new EmailCommand(user, EmailCommandKind.Reopen)))
            .WithSummary("Pick up an expired (disconnected) email again before CIC lets it go")
            .Produces<AcceptedResponse>(202).Produces<ErrorResponse>(404).Produces<ErrorResponse>(409);
    }

    private static EmailResponse ToResponse(string key, EmailView email, IReadOnlyDictionary<string, string> keys, EmailHtmlSanitizer sanitizer)
    {
        string Url(string attachmentId) => $"/api/me/interactions/{Uri.EscapeDataString(key)}/email/attachments/{Uri.EscapeDataString(attachmentId)}";
        var html = email.HtmlBody is null
            ? null
            : sanitizer.Sanitize(email.HtmlBody, contentId => email.Attachments.FirstOrDefault(a => a.ContentId == contentId) is { } part ? Url(part.Id) : null);
        return new EmailResponse(email.Kind.ToString(), email.ParentInteractionId, email.Subject, EmailMapping.Address(email.Sender),
            [.. email.To.Select(EmailMapping.Address)], [.. email.Cc.Select(EmailMapping.Address)], [.. email.Bcc.Select(EmailMapping.Address)],
            email.ReceivedAt, email.Signature.ToString(), email.TextBody, html,
            [.. email.Attachments.Select(a => new EmailAttachmentResponse(a.Id, a.Name, a.ContentId, Url(a.Id)))],
            [.. email.Responses.Select(r => new EmailReplyResponse(r.InteractionId, keys.GetValueOrDefault(r.InteractionId), r.Kind.ToString(), r.CreatedAt))],
            email.Editable, email.Sent, [.. email.AllowedResponses.Select(k => k.ToString())]);
    }

    /// <summary>Types a browser could run or render as a page are served as plain bytes.</summary>
    private static string SafeContentType(string? contentType) =>
        contentType is null || contentType.Contains("html", StringComparison.OrdinalIgnoreCase) || contentType.Contains("xml", StringComparison.OrdinalIgnoreCase)
            || contentType.Contains("javascript", StringComparison.OrdinalIgnoreCase)
            ? "application/octet-stream"
            : contentType;

    private static async Task<byte[]> ReadUpToAsync(Stream body, long max, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < max && (read = await body.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, max - buffer.Length)), cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static async Task<IResult> AttachResponseFileAsync(string key, EmailResponseFileRequest request, HttpContext http, IGrainFactory grains,
        ILoggerFactory loggers)
    {
        var (item, error) = await ResponseFileLookup.FindAsync(request.ResponseId, http, grains);
        return error ?? await RunAsync(key, http, grains, loggers, user => new EmailCommand(user, EmailCommandKind.AttachResponseFile, ResponseItemId: item!.Id));
    }

    private static Task<IResult> RunAsync(string key, HttpContext http, IGrainFactory grains, ILoggerFactory loggers, Func<string, EmailCommand> command) =>
        InteractionOwnership.RunOwnedAsync(key, http, grains, loggers.CreateLogger(typeof(EmailsApi)), "an email command",
            (interaction, userId) => interaction.ExecuteEmailAsync(command(userId)));
}
