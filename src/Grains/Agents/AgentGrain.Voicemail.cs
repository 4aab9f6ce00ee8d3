using Microsoft.Extensions.Logging;
using PureConnect.Icws;
using PureConnect.Icws.Voicemail;

namespace PureConnect.Grains.Agents;

// The Voicemail view (spec: "Voicemail", "Voicemail view", "Playback messages in the Voicemail View"): the agent's own box, read on the agent's
// own CIC session (which subscribes to it once). Only messages of that box are reachable: any other id is "not found".
public sealed partial class AgentGrain
{
    public async Task<VoicemailBoxResult> GetVoicemailAsync()
    {
        VoicemailBoxView? box = null;
        var result = await _session.RunAsync(async session =>
        {
            box = await session.ReadVoicemailAsync();
            return CommandResult.Ok();
        }, OnSessionExpiredAsync);
        return box is { } read && result.Succeeded
            ? new VoicemailBoxResult(result, [.. read.Messages.Select(ToItem)], read.Waiting)
            : new VoicemailBoxResult(result, [], 0);
    }

    public Task<CommandResult> PlayVoicemailAsync(string messageId, string? number)
    {
        if (number is not null && VoicemailRules.CheckNumber(number) is { } refused)
        {
            return Task.FromResult(refused);
        }

        return OnVoicemailAsync(messageId, "play", async (session, _) =>
        {
            try
            {
                await session.PlayVoicemailAsync(messageId, number?.Trim());
            }
            catch (IcwsRequestException ex) when (ex.StatusCode == 400 && number is null)
            {
                return CommandResult.Fail("voicemail.noStation", "Connect a station first: the message plays on your phone.");
            }

            return CommandResult.Ok();
        });
    }

    public Task<CommandResult> StopVoicemailAsync(string messageId) =>
        OnVoicemailAsync(messageId, "stop", async (session, _) =>
        {
            await session.StopVoicemailAsync(messageId);
            return CommandResult.Ok();
        });

    public Task<CommandResult> DeleteVoicemailAsync(string messageId) =>
        OnVoicemailAsync(messageId, "delete", async (session, _) =>
        {
            await session.DeleteVoicemailAsync(messageId);
            return CommandResult.Ok();
        });

    public Task<CommandResult> MarkVoicemailAsync(string messageId, bool read) =>
        OnVoicemailAsync(messageId, read ? "mark read" : "mark unread", async (session, _) =>
        {
            await session.MarkVoicemailAsync(messageId, read);
            return CommandResult.Ok();
        });

    public async Task<VoicemailFileResult> DownloadVoicemailAsync(string messageId)
    {
        VoicemailDownload? file = null;
        var result = await OnVoicemailAsync(messageId, "download", async (session, message) =>
        {
            if (message.Files.Count == 0)
            {
                return CommandResult.Fail("voicemail.noFile", "That voicemail message has no audio file.");
            }

            file = await session.DownloadVoicemailAsync(message.Files[0]);
            return CommandResult.Ok();
        });
        return file is { } downloaded && result.Succeeded
            ? new VoicemailFileResult(result, downloaded.Content, downloaded.ContentType, downloaded.FileName)
            : new VoicemailFileResult(result, null, "", "");
    }

    /// <summary>Runs <paramref name="action"/> on a message of the agent's own box, read first; any other id is <c>voicemail.notFound</c>.</summary>
    private Task<CommandResult> OnVoicemailAsync(string messageId, string what, Func<IcwsSession, VoicemailMessage, Task<CommandResult>> action)
    {
        if (!VoicemailRules.IsId(messageId))
        {
            return Task.FromResult(CommandResult.Fail("voicemail.notFound", "You have no such voicemail message."));
        }

        return _session.RunAsync(async session =>
        {
            await session.ReadVoicemailAsync();
            if (session.FindVoicemail(messageId) is not { } message)
            {
                logger.LogWarning("Agent {UserId} asked to {Action} voicemail {MessageId}, which is not in their box", UserId, what, messageId);
                return CommandResult.Fail("voicemail.notFound", "You have no such voicemail message.");
            }

            try
            {
                var result = await action(session, message);
                if (result.Succeeded)
                {
                    logger.LogInformation("Agent {UserId}: voicemail {MessageId} {Action}", UserId, messageId, what);
                }

                return result;
            }
            catch (IcwsRequestException ex) when (ex.StatusCode is 404 or 410)
            {
                return CommandResult.Fail("voicemail.notFound", "You have no such voicemail message.");
            }
        }, OnSessionExpiredAsync);
    }

    private static VoicemailItem ToItem(VoicemailMessage message) =>
        new(message.Id, message.Read, message.ReceivedAt, message.From, message.Subject, message.Duration, message.Files.Count > 0);
}
