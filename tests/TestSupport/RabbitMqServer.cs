using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace PureConnect.TestSupport;

/// <summary>
/// A throwaway RabbitMQ broker for tests, from Debian's <c>rabbitmq-server</c> package: a node with a unique
/// name, its own <c>epmd</c> on a free port, AMQP on a free loopback port, no plugins (no management), its
/// database, logs and Erlang cookie in a temporary folder. It can be stopped (gracefully or killed) and started
/// again on the same ports and data, so durable queues survive. Every OS process it starts is ended by PID on
/// dispose; leftovers of a test process that died are ended by the next start.
/// </summary>
public sealed class RabbitMqServer : IAsyncDisposable
{
    private const string FolderPrefix = "pureconnect-rmq-";
    private static readonly string[] ServerScripts = ["/usr/lib/rabbitmq/bin/rabbitmq-server", "/usr/sbin/rabbitmq-server"];
    private static readonly string[] CtlScripts = ["/usr/lib/rabbitmq/bin/rabbitmqctl", "/usr/sbin/rabbitmqctl"];
    private readonly string root;
    private readonly string nodeName;
    private readonly int epmdPort;
    private Process? epmd;
    private Process? server;
    private int beamPid;

    private RabbitMqServer(string root, int port)
    {
        this.root = root;
        Port = port;
        epmdPort = PostgresServer.FindFreeTcpPort();
        DistributionPort = PostgresServer.FindFreeTcpPort();
        nodeName = $"pctest{Guid.NewGuid():N}"[..20] + "@localhost";
    }

    public int Port { get; }

    public int DistributionPort { get; }

    /// <summary>The AMQP URI of the default virtual host (guest may connect from loopback).</summary>
    public Uri AmqpUri => new($"amqp://guest:guest@127.0.0.1:{Port}/");

    public static async Task<RabbitMqServer> StartAsync(CancellationToken cancellationToken = default)
    {
        RemoveOrphans();
        var root = Path.Combine(Path.GetTempPath(), $"{FolderPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        var broker = new RabbitMqServer(root, PostgresServer.FindFreeTcpPort());
        try
        {
            await broker.StartAgainAsync(cancellationToken);
            return broker;
        }
        catch
        {
            await broker.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts the node (again) on the same ports and data; returns once it accepts AMQP connections.</summary>
    public async Task StartAgainAsync(CancellationToken cancellationToken = default)
    {
        if (server is not null)
        {
            throw new InvalidOperationException("The broker is running.");
        }

        File.WriteAllText(Path.Combine(root, "enabled_plugins"), "[].");
        File.WriteAllText(Path.Combine(root, "rabbitmq.conf"), $"""
            listeners.tcp.1 = 127.0.0.1:{Port}
            log.console.level = warning
            log.file.level = info
            disk_free_limit.absolute = 1MB
            """);
        if (epmd is null or { HasExited: true })
        {
            epmd = Start(FindFirst(["/usr/bin/epmd", .. Directory.EnumerateFiles("/usr/lib/erlang", "epmd", SearchOption.AllDirectories)]),
                ["-port", epmdPort.ToString(CultureInfo.InvariantCulture)], null);
            WritePid("epmd.pid", epmd.Id);
        }

        var pidFile = Path.Combine(root, "beam.pid");
        File.Delete(pidFile);
        var output = new StringBuilder();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        server = Start(FindFirst(ServerScripts), [], line =>
        {
            lock (output)
            {
                output.AppendLine(line);
            }

            if (line.Contains("completed with", StringComparison.Ordinal))
            {
                started.TrySetResult();
            }
        });

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        try
        {
            await Task.WhenAny(started.Task, server.WaitForExitAsync(timeout.Token)).WaitAsync(timeout.Token);
            if (server.HasExited)
            {
                throw new InvalidOperationException($"rabbitmq-server exited with {server.ExitCode}:\n{output}");
            }

            beamPid = int.Parse((await File.ReadAllTextAsync(pidFile, timeout.Token)).Trim(), CultureInfo.InvariantCulture);
            await WaitForAmqpAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"RabbitMQ did not start within 60 s:\n{output}");
        }
    }

    /// <summary>Stops the node: gracefully (SIGTERM, the broker flushes and closes connections) or by killing the Erlang VM.</summary>
    public async Task StopAsync(bool kill = false)
    {
        if (server is null)
        {
            return;
        }

        if (beamPid > 0)
        {
            Signal(beamPid, kill ? "KILL" : "TERM");
            await WaitForExitAsync(beamPid, TimeSpan.FromSeconds(30));
        }

        // The start script reaps the VM and exits; killing the script first would leave the VM a zombie of init.
        using (var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            try
            {
                await server.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                server.Kill(entireProcessTree: true);
                await server.WaitForExitAsync();
            }
        }

        server.Dispose();
        server = null;
        beamPid = 0;
    }

    /// <summary>Creates a virtual host guest may use and returns its AMQP URI (one per test keeps tests apart).</summary>
    public async Task<Uri> CreateVirtualHostAsync(string name, CancellationToken cancellationToken = default)
    {
        await CtlAsync(["add_vhost", name], cancellationToken);
        await CtlAsync(["set_permissions", "-p", name, "guest", ".*", ".*", ".*"], cancellationToken);
        return new Uri($"amqp://guest:guest@127.0.0.1:{Port}/{Uri.EscapeDataString(name)}");
    }

    /// <summary>Messages ready in a queue of a virtual host (rabbitmqctl list_queues).</summary>
    public async Task<long?> QueueMessageCountAsync(string virtualHost, string queue, CancellationToken cancellationToken = default)
    {
        var text = await CtlAsync(["list_queues", "-p", virtualHost, "--quiet", "--no-table-headers", "name", "messages"], cancellationToken);
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t'))
            .Where(cells => cells.Length == 2 && cells[0] == queue)
            .Select(cells => (long?)long.Parse(cells[1], CultureInfo.InvariantCulture))
            .FirstOrDefault();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(kill: true);
        if (epmd is not null)
        {
            if (!epmd.HasExited)
            {
                epmd.Kill();
            }

            await epmd.WaitForExitAsync();
            epmd.Dispose();
        }

        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a dying process; the next start removes the folder.
        }
    }

    private async Task<string> CtlAsync(string[] arguments, CancellationToken cancellationToken)
    {
        var output = new StringBuilder();
        using var ctl = Start(FindFirst(CtlScripts), ["-n", nodeName, .. arguments], line =>
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        });
        await ctl.WaitForExitAsync(cancellationToken);
        return ctl.ExitCode == 0 ? output.ToString() : throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', arguments)} failed:\n{output}");
    }

    private Process Start(string fileName, string[] arguments, Action<string>? onLine)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = root,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var env = start.Environment;
        env["HOME"] = root; // the Erlang cookie, shared by the node and rabbitmqctl
        env["ERL_EPMD_PORT"] = epmdPort.ToString(CultureInfo.InvariantCulture);
        env["RABBITMQ_NODENAME"] = nodeName;
        env["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1";
        env["RABBITMQ_NODE_PORT"] = Port.ToString(CultureInfo.InvariantCulture);
        env["RABBITMQ_DIST_PORT"] = DistributionPort.ToString(CultureInfo.InvariantCulture);
        env["RABBITMQ_MNESIA_BASE"] = Path.Combine(root, "mnesia");
        env["RABBITMQ_LOG_BASE"] = Path.Combine(root, "log");
        env["RABBITMQ_CONFIG_FILE"] = Path.Combine(root, "rabbitmq.conf");
        env["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(root, "enabled_plugins");
        env["RABBITMQ_PID_FILE"] = Path.Combine(root, "beam.pid");
        env["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(root, "rabbitmq-env.conf"); // not /etc/rabbitmq's
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Deliver(e.Data);
        process.ErrorDataReceived += (_, e) => Deliver(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;

        void Deliver(string? line)
        {
            if (line is not null)
            {
                onLine?.Invoke(line);
            }
        }
    }

    private void WritePid(string file, int pid) => File.WriteAllText(Path.Combine(root, file), pid.ToString(CultureInfo.InvariantCulture));

    /// <summary>Waits until the broker answers the AMQP 0-9-1 protocol header with a <c>connection.start</c> frame.</summary>
    private async Task WaitForAmqpAsync(CancellationToken cancellationToken)
    {
        byte[] header = [(byte)'A', (byte)'M', (byte)'Q', (byte)'P', 0, 0, 9, 1];
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", Port, cancellationToken);
                var stream = client.GetStream();
                await stream.WriteAsync(header, cancellationToken);
                var frame = new byte[7];
                await stream.ReadExactlyAsync(frame, cancellationToken);
                if (frame[0] == 1)
                {
                    return; // a method frame on channel 0: connection.start
                }
            }
            catch (Exception ex) when (ex is SocketException or IOException)
            {
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    private static string FindFirst(IEnumerable<string> candidates) =>
        candidates.FirstOrDefault(File.Exists) ?? throw new InvalidOperationException("RabbitMQ is not installed (Debian package rabbitmq-server).");

    private static void Signal(int pid, string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", pid.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    private static async Task WaitForExitAsync(int pid, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (IsAlive(pid) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        if (IsAlive(pid))
        {
            Signal(pid, "KILL");
        }
    }

    private static bool IsAlive(int pid)
    {
        // A zombie (exited, not yet reaped) counts as gone.
        var stat = $"/proc/{pid}/stat";
        try
        {
            var text = File.ReadAllText(stat);
            return text[(text.LastIndexOf(')') + 2)..][0] != 'Z';
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static string CommandLineOf(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    /// <summary>Ends the processes of brokers whose test process has died (by the PIDs they recorded) and removes their folders.</summary>
    private static void RemoveOrphans()
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            var owner = Path.GetFileName(folder)[FolderPrefix.Length..].Split('-')[0];
            if (!int.TryParse(owner, CultureInfo.InvariantCulture, out var ownerPid) || IsAlive(ownerPid))
            {
                continue;
            }

            // Checked against the command line, so a recycled PID of someone else's process is never signalled.
            foreach (var (file, mark) in new[] { ("beam.pid", folder), ("epmd.pid", "epmd") })
            {
                var path = Path.Combine(folder, file);
                if (File.Exists(path) && int.TryParse(File.ReadAllText(path).Trim(), CultureInfo.InvariantCulture, out var pid)
                    && IsAlive(pid) && CommandLineOf(pid).Contains(mark, StringComparison.Ordinal))
                {
                    Signal(pid, "KILL");
                }
            }

            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
            }
        }
    }
}
