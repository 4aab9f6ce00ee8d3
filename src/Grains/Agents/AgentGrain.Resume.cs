using Microsoft.Extensions.Logging;
using PureConnect.Icws;

namespace PureConnect.Grains.Agents;

/// <summary>
/// Resuming the agent's CIC session after the grain moved (silo crash, shutdown, upgrade): the ticket saved at login
/// re-attaches to the session CIC still has, so the agent stays logged in and keeps control of their calls.
/// </summary>
public sealed partial class AgentGrain
{
    /// <summary>True when the session <paramref name="sessionId"/> is resumed and usable; false when it is gone.</summary>
    private async Task<bool> ResumeSessionAsync(string sessionId)
    {
        var ticket = await vault.LoadAsync(UserId);
        if (ticket is null || ticket.SessionId != sessionId)
        {
            logger.LogInformation("Agent {UserId} has no resumable CIC session", UserId);
            return false;
        }

        if (await _session.ResumeAsync(ticket) is not { } session)
        {
            await ForgetTicketAsync();
            return false;
        }

        _displayName = session.UserDisplayName;
        _rights = await ReadRecordingRightsAsync();
        StartHeartbeat();
        await ResumeDialerAsync();
        logger.LogInformation("Agent {UserId} resumed CIC session {SessionId} after reactivation", UserId, session.SessionId);
        return true;
    }

    private async Task SaveTicketAsync(IcwsSession session)
    {
        try
        {
            await vault.SaveAsync(UserId, session.Ticket);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Only a crash would need it: the agent stays logged in now and logs in again after one.
            logger.LogWarning(ex, "Could not save the CIC session ticket of agent {UserId}", UserId);
        }
    }

    private async Task ForgetTicketAsync()
    {
        try
        {
            await vault.ForgetAsync(UserId);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A stale ticket cannot resume anything: its session id no longer matches, or CIC refuses it.
            logger.LogWarning(ex, "Could not delete the CIC session ticket of agent {UserId}", UserId);
        }
    }
}
