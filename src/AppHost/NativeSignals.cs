using System.Runtime.InteropServices;

namespace PureConnect.AppHost;

/// <summary>Sends SIGTERM so a child .NET host shuts down gracefully (Process.Kill would be SIGKILL).</summary>
internal static partial class NativeSignals
{
    private const int SigTerm = 15;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);

    public static bool TryTerminate(int pid) => OperatingSystem.IsWindows() ? false : Kill(pid, SigTerm) == 0;
}
