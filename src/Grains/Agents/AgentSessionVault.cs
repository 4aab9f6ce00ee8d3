using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging;
using PureConnect.Icws;
using PureConnect.Persistence.Secrets;

namespace PureConnect.Grains.Agents;

/// <summary>
/// Keeps each agent's CIC session ticket encrypted at rest (Data Protection, key ring shared by every silo), so that an
/// agent grain reactivated on another silo after a crash resumes the CIC session the agent still has instead of logging
/// the agent out. Never the password.
/// </summary>
public sealed class AgentSessionVault(AgentSessionTicketStore store, IDataProtectionProvider protection, ILogger<AgentSessionVault> logger)
{
    private readonly IDataProtector _protector = protection.CreateProtector("PureConnect.Agents.CicSessionTicket.V1");

    public Task SaveAsync(string userId, IcwsSessionTicket ticket) =>
        store.SaveAsync(userId, _protector.Protect(JsonSerializer.Serialize(ticket)));

    /// <summary>The agent's ticket; null when there is none or it cannot be read (keys lost, tampered): the agent logs in again.</summary>
    public async Task<IcwsSessionTicket?> LoadAsync(string userId)
    {
        if (await store.LoadAsync(userId) is not { } protectedTicket)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<IcwsSessionTicket>(_protector.Unprotect(protectedTicket));
        }
        catch (Exception ex) when (ex is CryptographicException or JsonException)
        {
            logger.LogWarning("The CIC session ticket of agent {UserId} cannot be read ({Reason}); the agent must log in again", userId, ex.GetType().Name);
            return null;
        }
    }

    public Task ForgetAsync(string userId) => store.DeleteAsync(userId);
}
