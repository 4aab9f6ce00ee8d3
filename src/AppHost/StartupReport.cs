using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace PureConnect.AppHost;

/// <summary>
/// The console's part for an operator, beside Aspire's own log: one line when every resource is healthy (with the
/// dashboard's login link, the softphone and the demo logins), one line for each resource that fails (with the last
/// line of its log; the whole log is in the dashboard), and one line naming what is still not healthy after a while.
/// It starts before the application does (Aspire's start returns only when every resource has started or failed to, and a
/// resource waiting for one that failed would keep the report from ever starting as a hosted service).
/// </summary>
internal sealed partial class StartupReport(ResourceNotificationService notifications, ResourceLoggerService logs, DistributedApplicationModel model,
    IConfiguration configuration, AppHostOptions options, IHostApplicationLifetime lifetime) : BackgroundService
{
    private readonly ConcurrentDictionary<string, string> _lastLines = new();
    private readonly ConcurrentDictionary<string, (string Name, CustomResourceSnapshot Snapshot)> _latest = new();
    private readonly ConcurrentDictionary<string, TimeSpan> _healthyAfter = new();
    private readonly DateTime _processStart = Process.GetCurrentProcess().StartTime;

    private HashSet<string> _expected = [];
    private int _welcomed;

    protected override async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
        var stoppingToken = stopping.Token;
        _expected = model.Resources.Where(r => r is ProjectResource or ExecutableResource && r.Name != "aspire-dashboard")
            .Select(r => r.Name).ToHashSet();
        _ = Task.Delay(options.StartupPatience, stoppingToken).ContinueWith(_ => Guarded(ReportStragglers), TaskContinuationOptions.OnlyOnRanToCompletion);
        // Besides each notification, a look every two seconds until the welcome is out: the line never depends on one more
        // notification arriving after the last resource turned healthy.
        _ = RecheckUntilWelcomedAsync(stoppingToken);
        var failures = new HashSet<string>();
        try
        {
            await foreach (var change in notifications.WatchAsync(stoppingToken))
            {
                try
                {
                    await ObserveAsync(change, failures, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A report that stops silently leaves the operator waiting for a line that never comes.
                    Console.WriteLine($"! The start-up report could not follow {change.Resource.Name}: {ex.Message}");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task ObserveAsync(ResourceEvent change, HashSet<string> failures, CancellationToken stoppingToken)
    {
        lock (_expected)
        {
            if (change.Snapshot.IsHidden)
                _expected.Remove(change.Resource.Name); // Aspire's own helpers (dashboard, project rebuilders)

            if (!_expected.Contains(change.Resource.Name))
                return;
        }

        if (!_latest.ContainsKey(change.ResourceId))
            _ = TailAsync(change.ResourceId, stoppingToken);

        _latest[change.ResourceId] = (change.Resource.Name, change.Snapshot);
        var state = change.Snapshot.State?.Text;
        if (HasFailed(change.Snapshot) && !lifetime.ApplicationStopping.IsCancellationRequested
            && failures.Add($"{change.ResourceId}/{state}/{change.Snapshot.StartTimeStamp}"))
        {
            await Task.Delay(500, stoppingToken); // the log's last line may trail the state by a moment
            var exit = change.Snapshot.ExitCode is { } code ? $" (exit code {code})" : "";
            Console.WriteLine($"✗ {change.Resource.Name} {state}{exit}: {_lastLines.GetValueOrDefault(change.ResourceId, "no output")} — its log is in the dashboard.");
            if (WaitingFor(change.Resource) is { Count: > 0 } waiting)
                Console.WriteLine($"✗ {string.Join(", ", waiting)} wait{(waiting.Count == 1 ? "s" : "")} for {change.Resource.Name} and will not start until it runs: fix it and start the AppHost again.");
        }

        if (IsHealthy(change.Resource.Name))
            _healthyAfter.TryAdd(change.Resource.Name, DateTime.Now - _processStart);

        WelcomeIfAllHealthy();
    }

    private void WelcomeIfAllHealthy()
    {
        int count;
        lock (_expected)
        {
            if (_expected.Count == 0 || !_expected.All(IsHealthy))
                return;

            count = _expected.Count;
        }

        if (Interlocked.Exchange(ref _welcomed, 1) == 0)
            PrintWelcome(count);
    }

    private async Task RecheckUntilWelcomedAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (Volatile.Read(ref _welcomed) == 0)
            {
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
                Guarded(WelcomeIfAllHealthy);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static void Guarded(Action report)
    {
        try
        {
            report();
        }
        catch (Exception ex)
        {
            Console.WriteLine($"! The start-up report failed: {ex.GetType().Name}: {ex.Message}");
        }
    }

    /// <summary>A resource that stopped by itself: exited, failed to start, or finished with an exit code other than 0 (a
    /// script that ends, such as PostgreSQL's when the server programs are missing, is Finished).</summary>
    private static bool HasFailed(CustomResourceSnapshot snapshot) => snapshot.State?.Text switch
    {
        "Exited" or "FailedToStart" or "RuntimeUnhealthy" => true,
        "Finished" => snapshot.ExitCode is not 0,
        _ => false,
    };

    /// <summary>The resources that wait for <paramref name="dependency"/> to start.</summary>
    private List<string> WaitingFor(IResource dependency) =>
    [
        .. model.Resources
            .Where(r => r.Annotations.OfType<WaitAnnotation>().Any(w => w.Resource == dependency))
            .Select(r => r.Name),
    ];

    private bool IsHealthy(string name) => _latest.Values.Where(r => r.Name == name).Select(r => r.Snapshot).DefaultIfEmpty()
        .All(s => s is { State.Text: "Running", HealthStatus: HealthStatus.Healthy });

    private void ReportStragglers()
    {
        HashSet<string> waiting;
        lock (_expected)
        {
            waiting = _expected.Where(name => !IsHealthy(name)).ToHashSet();
        }

        if (waiting.Count == 0 || lifetime.ApplicationStopping.IsCancellationRequested)
            return;

        var details = _latest.Where(r => waiting.Contains(r.Value.Name)).Select(entry =>
        {
            var (name, snapshot) = entry.Value;
            var unhealthy = snapshot.HealthReports.Where(h => h.Status != HealthStatus.Healthy).Select(h => h.Description ?? h.ExceptionText)
                .FirstOrDefault(d => d is { Length: > 0 });
            var lastLine = snapshot.State?.Text == "Running" && _lastLines.TryGetValue(entry.Key, out var line) ? $", its last log line: {line}" : "";
            return $"{name} {snapshot.State?.Text}{(unhealthy is null ? "" : $" ({unhealthy})")}{lastLine}";
        });
        Console.WriteLine($"! Not healthy after {options.StartupPatience.TotalSeconds:0} s: {string.Join("; ", details)} — see their logs in the dashboard.");
    }

    private void PrintWelcome(int resources)
    {
        var elapsed = DateTime.Now - _processStart;
        var each = string.Join(", ", _healthyAfter.OrderBy(r => r.Value).Select(r => $"{r.Key} {r.Value.TotalSeconds:0.0}"));
        var dashboard = (configuration["ASPNETCORE_URLS"] ?? "").Split(';')[0].TrimEnd('/');
        var login = configuration["AppHost:BrowserToken"] is { Length: > 0 } token ? $"{dashboard}/login?t={token}" : dashboard;
        var softphone = $"http://localhost:{options.Port(PureConnectServices.AgentUiPort)}/";
        var orleans = $"http://localhost:{options.Port(PureConnectServices.AgentApiPort)}/dashboard/";
        Console.WriteLine($"""
            ✓ All {resources} resources healthy after {elapsed.TotalSeconds:0.0} s ({each}).
              Aspire dashboard:  {login}
              Softphone:         {softphone}
              Orleans dashboard: {orleans}
            """);
        if (options.UsesSimulator)
            Console.WriteLine("  Demo logins: agent1 … agent12, password 1234, stations station1 … station12 (Sales: agents 1–6, Support: 7–12; agent5 and agent10 may also use a remote number or remote workstation).");

        if (DemoConsole.ConsolePages.FirstOrDefault() is { Key: { } agent, Value: { } page })
            Console.WriteLine($"  Salesforce console (simulated Lightning console with the softphone, Omni-Channel synced): {page} ({agent}; the others: the 'salesforceorg' resource's /control/users).");

        Console.WriteLine("  Operator key (Orleans dashboard, /metrics, /operations: the Basic password): the 'operations-key' parameter in the dashboard.");
        Console.WriteLine("  Press Ctrl+C to stop everything.");
    }

    private async Task TailAsync(string resourceId, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var batch in logs.WatchAsync(resourceId).WithCancellation(cancellationToken))
            {
                // The resource's own output, not DCP's notes about it ("[sys] Starting process…"), without the timestamp.
                if (batch.Select(l => LeadingTimestamp().Replace(l.Content, "").Trim()).LastOrDefault(c => c.Length > 0 && !c.StartsWith("[sys]", StringComparison.Ordinal)) is { } line)
                    _lastLines[resourceId] = line;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T[\d:.]+Z\s+")]
    private static partial Regex LeadingTimestamp();
}

internal static class StartupReportRegistration
{
    public static void AddStartupReport(this IDistributedApplicationBuilder builder, AppHostOptions options)
    {
        builder.Services.AddSingleton(options).AddSingleton<StartupReport>();
        builder.Eventing.Subscribe<BeforeStartEvent>((start, cancellationToken) =>
            start.Services.GetRequiredService<StartupReport>().StartAsync(cancellationToken));
    }
}
