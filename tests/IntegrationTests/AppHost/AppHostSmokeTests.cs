using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using PureConnect.AppHost;
using PureConnect.IntegrationTests.Infrastructure;
using PureConnect.TestSupport;

namespace PureConnect.IntegrationTests.AppHost;

/// <summary>The README's first command, for real: the AppHost starts every process, each answers /health, Ctrl+C stops them all.</summary>
public sealed class AppHostSmokeTests
{
    private const string OperationsKey = "smoke-operations-key";

    [Fact]
    public async Task The_AppHost_starts_every_resource_healthy_and_stops_them_all_on_interrupt()
    {
        var offset = 20_000 + Random.Shared.Next(0, 9_000);
        var data = await PostgresServer.CreateScratchFolderAsync();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { BuildLayout.AssemblyOf("AppHost", "PureConnect.AppHost"), "--data", data, "--port-offset", $"{offset}",
                     "--postgres-port", $"{PostgresServer.FindFreeTcpPort()}", "--operations-key", OperationsKey })
        {
            info.ArgumentList.Add(argument);
        }

        using var apphost = Process.Start(info)!;
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        apphost.OutputDataReceived += (_, e) => output.Enqueue(e.Data ?? "");
        apphost.ErrorDataReceived += (_, e) => output.Enqueue(e.Data ?? "");
        apphost.BeginOutputReadLine();
        apphost.BeginErrorReadLine();
        var resourcesUrl = $"http://127.0.0.1:{18888 + offset}/api/resources";
        try
        {
            var resources = await Eventually.MatchesAsync(async () => await TryGetAsync(http, resourcesUrl),
                r => r.Count == 6 && r.All(x => x.GetProperty("state").GetString() == "Running"), TimeSpan.FromMinutes(3),
                because: "every resource to run healthy; AppHost said:\n" + string.Join('\n', output.TakeLast(30)));

            Assert.Equal(["cicserver", "agentapi", "icwsingest", "salesforceorg", "crmprojector", "agentui"], resources.Select(r => r.GetProperty("name").GetString()));
            foreach (var resource in resources)
            {
                var health = await http.GetAsync(resource.GetProperty("health").GetString());
                Assert.True(health.IsSuccessStatusCode, $"{resource.GetProperty("name")} /health answered {(int)health.StatusCode}");
            }

            await ManagementNeedsTheKeyAsync(http, new Uri(resources.Single(r => r.GetProperty("name").GetString() == "agentapi").GetProperty("health").GetString()!));
            await Eventually.MatchesAsync(() => Task.FromResult(output.ToArray()), lines => lines.Any(l => l.Contains("Environment: Production", StringComparison.Ordinal)),
                TimeSpan.FromSeconds(30), because: "the resource table to say the services run as Production");

            Process.Start("kill", ["-INT", $"{apphost.Id}"])!.WaitForExit();
            await apphost.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(90)).Token);
            foreach (var resource in resources)
            {
                await Assert.ThrowsAnyAsync<HttpRequestException>(() => http.GetAsync(resource.GetProperty("health").GetString()));
            }
        }
        finally
        {
            if (!apphost.HasExited)
            {
                apphost.Kill(entireProcessTree: true);
            }

            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>The services run as Production: the dashboard and the OpenAPI document answer only the operator key.</summary>
    private static async Task ManagementNeedsTheKeyAsync(HttpClient http, Uri agentApiHealth)
    {
        foreach (var path in new[] { "/dashboard/", "/openapi/v1.json" })
        {
            using var anonymous = await http.GetAsync(new Uri(agentApiHealth, path));
            Assert.Equal(System.Net.HttpStatusCode.Unauthorized, anonymous.StatusCode);
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(agentApiHealth, path));
            request.Headers.Add("X-Operations-Key", OperationsKey);
            using var withKey = await http.SendAsync(request);
            Assert.Equal(System.Net.HttpStatusCode.OK, withKey.StatusCode);
        }
    }

    private static async Task<List<JsonElement>> TryGetAsync(HttpClient http, string url)
    {
        try
        {
            return await http.GetFromJsonAsync<List<JsonElement>>(url) ?? [];
        }
        catch (HttpRequestException)
        {
            return [];
        }
    }
}
