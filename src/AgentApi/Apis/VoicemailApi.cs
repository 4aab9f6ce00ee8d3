using PureConnect.AgentApi.Contracts;
using PureConnect.AgentApi.Http;
using PureConnect.Grains.Agents;

namespace PureConnect.AgentApi.Apis;

/// <summary>
/// Voicemail (spec: "Voicemail", "Voicemail view", "Playback messages in the Voicemail View"): the agent's own box with the count of unheard
/// messages, play to the station or a number, stop, read / unread, delete, and the download of a message's audio file. Only the agent's own
/// messages are reachable: any other id is 404 (never 403, so that ids cannot be probed).
/// </summary>
public static class VoicemailApi
{
    public static void MapVoicemailApi(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/me/voicemail").WithTags("Voicemail").RequireAuthorization();
        me.MapGet("", async (HttpContext http, IGrainFactory grains) =>
            {
                var box = await grains.Agent(http.User).GetVoicemailAsync();
                return box.Result.Succeeded
                    ? Results.Ok(new VoicemailBoxResponse(box.Waiting, [.. box.Messages.Select(ToDto)]))
                    : ApiErrors.From(box.Result);
            })
            .WithSummary("The agent's voicemail messages, newest first, and how many are unheard").Produces<VoicemailBoxResponse>();
        me.MapGet("/count", async (HttpContext http, IGrainFactory grains) =>
            {
                var box = await grains.Agent(http.User).GetVoicemailAsync();
                return box.Result.Succeeded ? Results.Ok(new VoicemailCountResponse(box.Waiting)) : ApiErrors.From(box.Result);
            })
            .WithSummary("How many voicemail messages are unheard (the Voicemail button's badge)").Produces<VoicemailCountResponse>();
        me.MapGet("/{id}/file", async (string id, HttpContext http, IGrainFactory grains) =>
            {
                var file = await grains.Agent(http.User).DownloadVoicemailAsync(id);
                if (!file.Result.Succeeded || file.Content is null)
                {
                    return ApiErrors.From(file.Result);
                }

                http.Response.Headers.CacheControl = "no-store";
                http.Response.Headers["X-Content-Type-Options"] = "nosniff";
                return Results.File(file.Content, AudioType(file.ContentType), SafeFileName(file.FileName, id));
            })
            .WithSummary("The message's audio file (a WAV file), as an attachment").Produces(200, contentType: "audio/wav").Produces<ErrorResponse>(404);

        var commands = me.MapGroup("").AddEndpointFilter<CsrfFilter>();
        commands.MapPost("/{id}/play", async (string id, VoicemailPlayRequest? request, HttpContext http, IGrainFactory grains) =>
            {
                var result = await grains.Agent(http.User).PlayVoicemailAsync(id, string.IsNullOrWhiteSpace(request?.Number) ? null : request.Number);
                return result.Succeeded ? Results.Accepted(value: new AcceptedResponse()) : ApiErrors.From(result);
            })
            .WithSummary("Play the message to your station, or to {\"number\": …}; it becomes heard")
            .Produces<AcceptedResponse>(202).Produces<ErrorResponse>(400).Produces<ErrorResponse>(404).Produces<ErrorResponse>(409);
        commands.MapPost("/{id}/stop", async (string id, HttpContext http, IGrainFactory grains) =>
            {
                var result = await grains.Agent(http.User).StopVoicemailAsync(id);
                return result.Succeeded ? Results.Accepted(value: new AcceptedResponse()) : ApiErrors.From(result);
            })
            .WithSummary("Stop playing the message").Produces<AcceptedResponse>(202).Produces<ErrorResponse>(404);
        commands.MapPut("/{id}", async (string id, VoicemailMarkRequest request, HttpContext http, IGrainFactory grains) =>
            {
                if (request.Read is not { } read)
                {
                    return ApiErrors.Error("voicemail.invalid", "Say whether the message is heard: {\"read\": true} or false.");
                }

                var result = await grains.Agent(http.User).MarkVoicemailAsync(id, read);
                return result.Succeeded ? Results.NoContent() : ApiErrors.From(result);
            })
            .WithSummary("Mark the message heard or unheard").Produces(204).Produces<ErrorResponse>(400).Produces<ErrorResponse>(404);
        commands.MapDelete("/{id}", async (string id, HttpContext http, IGrainFactory grains) =>
            {
                var result = await grains.Agent(http.User).DeleteVoicemailAsync(id);
                return result.Succeeded ? Results.NoContent() : ApiErrors.From(result);
            })
            .WithSummary("Delete the message").Produces(204).Produces<ErrorResponse>(404);
    }

    /// <summary>Only an audio type goes to the browser; anything else CIC says is served as a WAV file.</summary>
    private static string AudioType(string contentType) =>
        contentType.StartsWith("audio/", StringComparison.OrdinalIgnoreCase) && !contentType.Any(char.IsControl) ? contentType : "audio/wav";

    private static string SafeFileName(string fileName, string id)
    {
        var name = Path.GetFileName(fileName);
        return name.Length is > 0 and <= 128 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') ? name : "voicemail.wav";
    }

    private static VoicemailMessageDto ToDto(VoicemailItem m) =>
        new(m.Id, m.Read, m.ReceivedAt, m.From, m.Subject, m.Duration?.TotalSeconds, m.HasFile);
}
