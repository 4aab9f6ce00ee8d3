using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using PureConnect.Persistence.EventStore;
using PureConnect.Persistence.Hosting;
using PureConnect.TestSupport;

namespace PureConnect.Persistence.IntegrationTests;

[Collection(PostgresCollection.Name)]
public sealed class DatabaseStartupTests(PostgresFixture postgres)
{
    private readonly RecordingLoggerProvider logs = new();

    [Fact]
    public async Task The_host_migrates_at_start_and_then_serves_the_event_store()
    {
        var connectionString = postgres.Server.ConnectionString(PostgresFixture.NewDatabaseName("host"));
        using var host = BuildHost(connectionString);

        await host.StartAsync();

        var store = host.Services.GetRequiredService<IEventStore>();
        Assert.Equal(AppendOutcome.Appended, (await store.AppendAsync("agent-1", 0, [TestDatabase.NewEvent()])).Outcome);
        Assert.Single(await store.ReadStreamAsync("agent-1"));
        await host.StopAsync();
    }

    [Fact]
    public async Task Start_up_retries_with_back_off_while_PostgreSQL_is_unreachable_and_goes_on_once_it_is_up()
    {
        var port = PostgresServer.FindFreeTcpPort();
        var connectionString = new NpgsqlConnectionStringBuilder(postgres.Server.AdminConnectionString) { Port = port, Database = "late" }.ConnectionString;
        using var host = BuildHost(connectionString);

        var starting = host.StartAsync();
        await WaitUntilAsync(() => Unavailable().Count >= 3);
        Assert.False(starting.IsCompleted, "the host must not finish starting without its database");
        await using var lateServer = await PostgresServer.StartAsync(port: port);
        await starting.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Contains($"127.0.0.1:{port}", Unavailable()[0]);
        Assert.Contains("attempt 1", Unavailable()[0]);
        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains("Password", StringComparison.OrdinalIgnoreCase));
        var store = host.Services.GetRequiredService<IEventStore>();
        Assert.Equal(0, await store.GetStreamVersionAsync("agent-1"));
        await host.StopAsync();
    }

    [Fact]
    public async Task Start_up_gives_up_only_when_cancelled()
    {
        var connectionString = new NpgsqlConnectionStringBuilder(postgres.Server.AdminConnectionString) { Port = PostgresServer.FindFreeTcpPort() }.ConnectionString;
        using var host = BuildHost(connectionString);
        using var cancel = new CancellationTokenSource();

        var starting = host.StartAsync(cancel.Token);
        await WaitUntilAsync(() => Unavailable().Count >= 2);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => starting);
    }

    private IHost BuildHost(string connectionString)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        builder.Services.AddPureConnectDatabase(connectionString, options =>
        {
            options.InitialRetryDelay = TimeSpan.FromMilliseconds(50);
            options.MaxRetryDelay = TimeSpan.FromMilliseconds(400);
        });
        return builder.Build();
    }

    private List<string> Unavailable() =>
        logs.Entries
            .Where(e => e.Level == LogLevel.Warning && e.Category == typeof(DatabaseMigrationService).FullName && e.Message.Contains("is unavailable"))
            .Select(e => e.Message)
            .ToList();

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting for the condition");
            await Task.Delay(20);
        }
    }
}
