using System.Diagnostics;

namespace PureConnect.Benchmarks.WholeSystem;

/// <summary>
/// One service of the product run as deployed: its own <c>dotnet</c> process from the built assembly, with its
/// settings as environment variables, output into a log file, stopped (whole tree) on dispose.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private const string ExperimentPrefix = "BENCH_SERVICE_";
    private readonly Process _process;

    private ServiceProcess(string name, Uri url, Process process, string logFile)
    {
        Name = name;
        Url = url;
        _process = process;
        LogFile = logFile;
    }

    public string Name { get; }

    public Uri Url { get; }

    public string LogFile { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    public static ServiceProcess Start(string name, string assemblyPath, Uri url, IReadOnlyDictionary<string, string> environment, string logFolder)
    {
        var info = new ProcessStartInfo("dotnet", [assemblyPath])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(assemblyPath)!,
        };
        info.Environment["ASPNETCORE_URLS"] = url.ToString();
        info.Environment["DOTNET_ENVIRONMENT"] = info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["OTEL_SERVICE_NAME"] = name;
        // Log levels as deployed (the services' own appsettings): the cost of logging is part of the cost per call.
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        // Experiments: BENCH_SERVICE_X=Y in the benchmark's environment sets X=Y for every service (e.g. runtime knobs).
        foreach (System.Collections.DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            if (variable.Key is string key && key.StartsWith(ExperimentPrefix, StringComparison.Ordinal))
            {
                info.Environment[key[ExperimentPrefix.Length..]] = variable.Value as string;
            }
        }

        var logFile = Path.Combine(logFolder, name + ".log");
        var log = new StreamWriter(logFile) { AutoFlush = true };
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.Exited += (_, _) => Write(log, $"[exited with {SafeExitCode(process)}]");
        if (!process.Start())
        {
            throw new InvalidOperationException($"{name} did not start.");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ServiceProcess(name, url, process, logFile);
    }

    /// <summary>Waits until <c>/health</c> answers 200; fails at once, with the log's tail, if the process ends.</summary>
    public async Task WaitHealthyAsync(TimeSpan timeout, string path = "/health")
    {
        using var http = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(30) };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited during start-up:{Environment.NewLine}{Tail()}");
            }

            try
            {
                using var response = await http.GetAsync(path);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"{Name} was not healthy after {timeout.TotalSeconds:0} s:{Environment.NewLine}{Tail()}");
            }

            await Task.Delay(500);
        }
    }

    public string Tail(int lines = 30)
    {
        try
        {
            using var stream = new FileStream(LogFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            var all = reader.ReadToEnd().Split('\n');
            return string.Join('\n', all.TakeLast(lines));
        }
        catch (IOException)
        {
            return "";
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.WriteLine(line);
        }
    }

    private static string SafeExitCode(Process process)
    {
        try
        {
            return process.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (InvalidOperationException)
        {
            return "?";
        }
    }
}
