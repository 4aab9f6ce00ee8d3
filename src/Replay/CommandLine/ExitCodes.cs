namespace PureConnect.Replay.CommandLine;

public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The event store could not be read (unreachable, refused the login, no event table).</summary>
    public const int StoreUnavailable = 1;

    /// <summary>An option is missing or has a bad value.</summary>
    public const int BadUsage = 2;

    /// <summary>The export folder cannot be written to.</summary>
    public const int CannotWrite = 3;
}
