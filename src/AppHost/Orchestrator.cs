using Npgsql;
using PureConnect.Persistence.LocalPostgres;
using Spectre.Console;

namespace PureConnect.AppHost;

/// <summary>
/// Starts the resources in dependency order, waiting for each one's <c>/health</c>; keeps watching them
/// (a crashed child is restarted by its <see cref="SupervisedProcess"/>); stops everything in reverse order.
/// </summary>
public sealed class Orchestrator(AppHostSettings settings, IAnsiConsole console, CancellationToken shutdown) : IAsyncDisposable
{
    private static readonly TimeSpan HealthTimeout = TimeSpan.FromSeconds(90);
    private readonly List<SupervisedProcess> _processes = [];
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(2) };
    private readonly ServiceCatalog _catalog = new(settings.PortOffset, settings.Environment, settings.OperationsKey);
    private LocalPostgresCluster? _postgres;

    public IReadOnlyList<SupervisedProcess> Processes
    {
        get
        {
            lock (_processes)
            {
                return [.. _processes];
            }
        }
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var connectionString = settings.PostgresConnectionString ?? await StartLocalPostgresAsync(cancellationToken);
        var cic = settings.CicServerUrl;
        if (cic is null)
        {
            cic = (await StartAsync(_catalog.CicServer(), cancellationToken)).Resource.Url!;
        }

        for (var silo = 1; silo <= settings.Silos; silo++)
        {
            await StartAsync(_catalog.AgentApi(silo, connectionString, cic), cancellationToken);
        }

        await StartAsync(_catalog.Ingest(settings, connectionString, cic), cancellationToken);
        var salesforce = (await StartAsync(_catalog.SalesforceOrg(), cancellationToken)).Resource.Url!;
        await StartAsync(_catalog.Projector(connectionString, salesforce), cancellationToken);
        await StartAsync(_catalog.AgentUi(settings.Silos), cancellationToken);
    }

    /// <summary>Re-checks every resource's health until cancelled.</summary>
    public async Task WatchAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            foreach (var process in Processes)
            {
                process.MarkHealthy(await IsHealthyAsync(process.Resource, cancellationToken));
            }

            await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private async Task<string> StartLocalPostgresAsync(CancellationToken cancellationToken)
    {
        var folder = Path.Combine(settings.DataDirectory, "postgres");
        _postgres = new LocalPostgresCluster(new LocalPostgresOptions(folder, settings.PostgresPort));
        await console.Status().StartAsync($"PostgreSQL in {folder}", _ => _postgres.StartAsync(cancellationToken));
        await using (var connection = new NpgsqlConnection(_postgres.GetConnectionString()))
        {
            await connection.OpenAsync(cancellationToken);
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = 'pureconnect'", connection);
            if (await exists.ExecuteScalarAsync(cancellationToken) is null)
            {
                await using var create = new NpgsqlCommand("CREATE DATABASE pureconnect", connection);
                await create.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        console.MarkupLine($"[green]✓[/] postgres on 127.0.0.1:{settings.PostgresPort} (data in {Markup.Escape(folder)})");
        return _postgres.GetConnectionString("pureconnect");
    }

    private async Task<SupervisedProcess> StartAsync(ProjectResource resource, CancellationToken cancellationToken)
    {
        var process = new SupervisedProcess(resource, Console.Out, shutdown);
        lock (_processes)
        {
            _processes.Add(process);
        }

        process.Start();
        var healthy = await console.Status().StartAsync($"Starting {resource.Name}", async _ =>
        {
            var deadline = DateTime.UtcNow + HealthTimeout;
            while (DateTime.UtcNow < deadline && !cancellationToken.IsCancellationRequested)
            {
                if (await IsHealthyAsync(resource, cancellationToken))
                {
                    return true;
                }

                await Task.Delay(300, cancellationToken);
            }

            return false;
        });
        process.MarkHealthy(healthy);
        console.MarkupLine(healthy
            ? $"[green]✓[/] {resource.Name} at {resource.Url}"
            : $"[yellow]![/] {resource.Name} is not healthy after {HealthTimeout.TotalSeconds:0} s; its last lines:\n[grey]{Markup.Escape(string.Join('\n', process.LastLines(15)))}[/]");
        return process;
    }

    private async Task<bool> IsHealthyAsync(ProjectResource resource, CancellationToken cancellationToken)
    {
        if (resource.HealthUrl is null)
        {
            return true;
        }

        try
        {
            using var response = await _http.GetAsync(resource.HealthUrl, cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        for (var i = _processes.Count - 1; i >= 0; i--)
        {
            await _processes[i].DisposeAsync();
        }

        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }

        _http.Dispose();
    }
}
