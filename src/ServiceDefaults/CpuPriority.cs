using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PureConnect.ServiceDefaults;

/// <summary>
/// Background services (the CRM projector: call logs and their Salesforce sync, screen pop) yield the CPU to the agents'
/// real-time path (ingest, silo, event streams) when the machine is busy: configuration <c>CpuPriority:Nice</c> (0-19, Unix
/// niceness; 0 or absent changes nothing). On a machine with CPU to spare it changes nothing either; on a busy one the
/// background backlog waits a little instead of every agent's screen. On Linux every thread of the process is lowered (a
/// process's niceness is per thread there; threads started later inherit it from the thread that starts them); elsewhere the
/// process's priority class becomes below normal.
/// </summary>
public static partial class CpuPriority
{
    public const string NiceKey = "CpuPriority:Nice";
    private const int PrioProcess = 0;

    /// <summary>The niceness the configuration asks for: null for none, an error for a value outside 0-19.</summary>
    public static int? Configured(IConfiguration configuration)
    {
        var text = configuration[NiceKey];
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var nice) || nice is < 0 or > 19)
        {
            throw new InvalidOperationException($"{NiceKey} must be a whole number from 0 (normal) to 19 (lowest), not '{text}'.");
        }

        return nice == 0 ? null : nice;
    }

    /// <summary>Lowers every thread of this process to <paramref name="nice"/>; answers how many threads it lowered.</summary>
    public static int Lower(int nice)
    {
        if (!OperatingSystem.IsLinux())
        {
            using var process = Process.GetCurrentProcess();
            process.PriorityClass = ProcessPriorityClass.BelowNormal;
            return process.Threads.Count;
        }

        var lowered = 0;
        foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
        {
            // A thread that ended since the listing is simply gone.
            if (int.TryParse(Path.GetFileName(task), NumberStyles.None, CultureInfo.InvariantCulture, out var threadId) && LowerThread(threadId, nice))
            {
                lowered++;
            }
        }

        return lowered;
    }

    /// <summary>Sets one thread's niceness (Linux: <paramref name="threadId"/> as <see cref="CurrentThreadId"/> gives it).</summary>
    public static bool LowerThread(int threadId, int nice) => SetPriority(PrioProcess, threadId, nice) == 0;

    /// <summary>The calling thread's id in the kernel (Linux).</summary>
    public static int CurrentThreadId() => GetThreadId();

    /// <summary>The niceness of the calling thread (Linux), for tests and diagnostics.</summary>
    public static int CurrentThreadNice()
    {
        Marshal.SetLastPInvokeError(0);
        var nice = GetPriority(PrioProcess, 0);
        return nice == -1 && Marshal.GetLastPInvokeError() != 0 ? throw new InvalidOperationException("getpriority failed") : nice;
    }

    [LibraryImport("libc", EntryPoint = "setpriority", SetLastError = true)]
    private static partial int SetPriority(int which, int who, int priority);

    [LibraryImport("libc", EntryPoint = "getpriority", SetLastError = true)]
    private static partial int GetPriority(int which, int who);

    [LibraryImport("libc", EntryPoint = "gettid")]
    private static partial int GetThreadId();
}

/// <summary>Applies <see cref="CpuPriority"/> when the host starts (after the host's own threads exist) and says so.</summary>
internal sealed class CpuPriorityService(IConfiguration configuration, ILogger<CpuPriorityService> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (CpuPriority.Configured(configuration) is { } nice)
        {
            var threads = CpuPriority.Lower(nice);
            logger.LogInformation("CPU priority lowered to nice {Nice} on {Threads} threads: this background service yields to the agents' real-time path", nice, threads);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
