using Npgsql;

namespace PureConnect.Persistence.Secrets;

/// <summary>
/// The agents' CIC session tickets, one row per agent, already encrypted by the caller (this store never sees them in
/// clear). Deleted when the agent logs out or the session ends.
/// </summary>
public sealed class AgentSessionTicketStore(NpgsqlDataSource dataSource)
{
    public async Task SaveAsync(string userId, string protectedTicket, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO agent_session_tickets (user_id, protected_ticket, saved_at) VALUES ($1, $2, now())
            ON CONFLICT (user_id) DO UPDATE SET protected_ticket = excluded.protected_ticket, saved_at = excluded.saved_at
            """);
        command.Parameters.Add(new() { Value = userId });
        command.Parameters.Add(new() { Value = protectedTicket });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<string?> LoadAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT protected_ticket FROM agent_session_tickets WHERE user_id = $1");
        command.Parameters.Add(new() { Value = userId });
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task DeleteAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("DELETE FROM agent_session_tickets WHERE user_id = $1");
        command.Parameters.Add(new() { Value = userId });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
