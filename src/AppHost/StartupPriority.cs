using System.Runtime.InteropServices;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PureConnect.AppHost;

/// <summary>
/// Everything starts at once on few cores, and the start-up lasts as long as its longest chain: PostgreSQL, the AgentApi silo,
/// then the ingest and the projector (Orleans clients of the silo). Services nothing waits for (the softphone, the Salesforce
/// org simulator) start at a lower CPU priority (<c>nice 10</c>), so that the chain gets the cores first, and get their normal
/// priority back once healthy. Raising a priority again needs the privilege to (root, CAP_SYS_NICE); without it they keep the lower one, which matters only
/// while the cores are contended. Only where <c>nice</c> exists (Linux, macOS).
/// </summary>
public static partial class StartupPriority
{
    public const int Niceness = 10;
    private const string NiceProgram = "/usr/bin/nice";

    /// <summary>Whether this machine can start a program at a lower priority.</summary>
    public static bool Available { get; } = (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()) && File.Exists(NiceProgram);

    /// <summary>The command and arguments that start <paramref name="command"/> at the start-up's lower priority, if available.</summary>
    public static (string Command, string[] Arguments) Deferred(string command, params string[] arguments) =>
        Available ? (NiceProgram, ["-n", Niceness.ToString(System.Globalization.CultureInfo.InvariantCulture), command, .. arguments]) : (command, arguments);

    /// <summary>Gives a resource started with <see cref="Deferred"/> its normal priority back once it is healthy.</summary>
    public static IResourceBuilder<ExecutableResource> WithNormalPriorityWhenHealthy(this IResourceBuilder<ExecutableResource> resource)
    {
        if (!Available)
            return resource;

        resource.ApplicationBuilder.Eventing.Subscribe<ResourceReadyEvent>(resource.Resource, (ready, _) =>
        {
            var logger = ready.Services.GetRequiredService<ResourceLoggerService>().GetLogger(ready.Resource);
            if (Pid(ready.Services.GetRequiredService<ResourceNotificationService>(), ready.Resource.Name) is not { } pid)
                return Task.CompletedTask;

            if (SetPriority(PriorityProcess, pid, 0) != 0)
                logger.LogDebug("Keeps the start-up priority (nice {Niceness}): raising it needs a privilege (errno {Errno})", Niceness, Marshal.GetLastPInvokeError());
            return Task.CompletedTask;
        });
        return resource;
    }

    private static int? Pid(ResourceNotificationService notifications, string name) =>
        notifications.TryGetCurrentState(name, out var state)
        && state.Snapshot.Properties.FirstOrDefault(p => p.Name == "executable.pid")?.Value is { } value
        && int.TryParse(value.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pid)
            ? pid : null;

    private const int PriorityProcess = 0; // PRIO_PROCESS

    [LibraryImport("libc", EntryPoint = "setpriority", SetLastError = true)]
    private static partial int SetPriority(int which, int who, int priority);
}
