using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using PureConnect.CrmProjector;
using PureConnect.IntegrationTests.Infrastructure;
using PureConnect.TestSupport;

namespace PureConnect.IntegrationTests.Hosting;

/// <summary><c>/health</c> tells the truth about PostgreSQL: a service that cannot reach its database is not healthy.</summary>
public sealed class PostgresOutageHealthTests
{
    [Fact]
    public async Task Health_turns_unhealthy_when_PostgreSQL_stops()
    {
        await using var postgres = await PostgresServer.StartAsync();
        var connectionString = await postgres.CreateDatabaseAsync(PostgresFixture.NewDatabaseName("health"));
        var projector = CrmProjectorApplication.Build([], builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["ConnectionStrings:pureconnect"] = connectionString,
        }));
        await projector.StartAsync();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(projector.Urls.First()), Timeout = TimeSpan.FromSeconds(30) };
            await Eventually.MatchesAsync(() => HealthAsync(http), h => h.Status == HttpStatusCode.OK, timeout: TimeSpan.FromSeconds(60),
                because: "the projector to be healthy with PostgreSQL up");

            await postgres.StopAsync();

            var down = await Eventually.MatchesAsync(() => HealthAsync(http), h => h.Status == HttpStatusCode.ServiceUnavailable,
                timeout: TimeSpan.FromSeconds(60), because: "/health to report the PostgreSQL outage");
            Assert.Equal("Unhealthy", down.Text);
        }
        finally
        {
            await projector.StopAsync();
            await projector.DisposeAsync();
        }
    }

    private static async Task<(HttpStatusCode Status, string Text)> HealthAsync(HttpClient http)
    {
        using var response = await http.GetAsync("/health");
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
