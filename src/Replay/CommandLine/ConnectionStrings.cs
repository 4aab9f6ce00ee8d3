using Npgsql;

namespace PureConnect.Replay.CommandLine;

public static class ConnectionStrings
{
    /// <summary>Whether Npgsql can read <paramref name="connectionString"/>; if not, why (without repeating the string, which may hold a password).</summary>
    public static bool IsValid(string connectionString, out string problem)
    {
        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
            problem = "";
            return true;
        }
        catch (ArgumentException ex)
        {
            problem = ex.Message;
            return false;
        }
    }
}
