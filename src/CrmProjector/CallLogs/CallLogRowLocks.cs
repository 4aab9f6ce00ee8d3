using Npgsql;

namespace PureConnect.CrmProjector.CallLogs;

/// <summary>
/// The first statement of every write to several call logs at once: it locks their rows in key order. Batches that lock in one
/// order cannot deadlock each other; writers of a single row (the slow fold, a refusal) hold one lock at a time.
/// </summary>
internal static class CallLogRowLocks
{
    public static NpgsqlBatchCommand InKeyOrder(string[] interactionKeys)
    {
        var command = new NpgsqlBatchCommand(
            "SELECT interaction_key FROM call_logs WHERE interaction_key = ANY($1) ORDER BY interaction_key FOR UPDATE");
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = interactionKeys });
        return command;
    }
}
