using System.Collections.Concurrent;
using System.Diagnostics;

namespace PureConnect.AppHost;

/// <summary>
/// Runs one <see cref="ProjectResource"/>: starts it, keeps the last lines of its output, restarts it with
/// back-off when it crashes, and stops it gracefully (SIGTERM, then kill after a grace period).
/// </summary>
public sealed class SupervisedProcess(ProjectResource resource, TextWriter log, CancellationToken shutdown) : IAsyncDisposable
{
    private const int KeptLines = 200;
    private readonly ConcurrentQueue<string> _lines = new();
    // Ctrl+C reaches the children too: once the AppHost is shutting down, an exit is not a crash.
    private readonly CancellationTokenSource _stopping = CancellationTokenSource.CreateLinkedTokenSource(shutdown);
    private Process? _process;
    private Task? _supervision;

    public ProjectResource Resource { get; } = resource;
    public ResourceState State { get; private set; } = ResourceState.NotStarted;
    public int Restarts { get; private set; }
    public int? ProcessId => _process is { } p && !HasExited(p) ? p.Id : null;

    private static bool HasExited(Process process)
    {
        try
        {
            return process.HasExited;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }

    public IReadOnlyList<string> LastLines(int count) => _lines.TakeLast(count).ToList();

    public void Start() => _supervision = Task.Run(SuperviseAsync);

    public void MarkHealthy(bool healthy)
    {
        if (State is ResourceState.Starting or ResourceState.Running or ResourceState.Unhealthy)
        {
            State = healthy ? ResourceState.Running : ResourceState.Unhealthy;
        }
    }

    private async Task SuperviseAsync()
    {
        var delay = TimeSpan.FromSeconds(1);
        while (!_stopping.IsCancellationRequested)
        {
            State = Restarts == 0 ? ResourceState.Starting : ResourceState.Restarting;
            var started = Stopwatch.StartNew();
            using var process = Launch();
            _process = process;
            await process.WaitForExitAsync(CancellationToken.None);
            _process = null;
            if (_stopping.IsCancellationRequested)
            {
                break;
            }

            State = ResourceState.Exited;
            Remember($"[apphost] {Resource.Name} exited with code {process.ExitCode}; restarting in {delay.TotalSeconds:0} s");
            log.WriteLine($"{Resource.Name} exited with code {process.ExitCode}; restarting in {delay.TotalSeconds:0} s");
            await Task.Delay(delay, _stopping.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            delay = started.Elapsed > TimeSpan.FromMinutes(1) ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(Math.Min(delay.TotalSeconds * 2, 30));
            Restarts++;
        }

        State = ResourceState.Stopped;
    }

    private Process Launch()
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(Resource.AssemblyPath)!,
        };
        info.ArgumentList.Add(Resource.AssemblyPath);
        foreach (var (name, value) in Resource.Environment)
        {
            info.Environment[name] = value;
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Remember(e.Data);
        process.ErrorDataReceived += (_, e) => Remember(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        _lines.Enqueue(line);
        while (_lines.Count > KeptLines && _lines.TryDequeue(out _))
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        if (_process is { } process && !HasExited(process))
        {
            NativeSignals.TryTerminate(process.Id);
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        if (_supervision is not null)
        {
            await _supervision;
        }

        _stopping.Dispose();
    }
}
