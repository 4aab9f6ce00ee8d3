namespace PureConnect.Persistence.LocalPostgres;

/// <summary>The shutdown modes of <c>pg_ctl stop -m</c>.</summary>
public enum PostgresStopMode
{
    /// <summary>Wait for clients to disconnect.</summary>
    Smart,

    /// <summary>Roll back open transactions, disconnect clients, shut down cleanly (checkpoint).</summary>
    Fast,

    /// <summary>Abort at once; the next start runs crash recovery. For throwaway clusters.</summary>
    Immediate,
}
