using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PureConnect.AppHost;

/// <summary>
/// What an operator would otherwise get from the Aspire dashboard: each resource with its state, health,
/// restarts, URL and the last lines of its log, as a page (<c>/</c>) and as JSON (<c>/api/resources</c>); the page also shows
/// the Salesforce API usage CrmProjector reports (<see cref="SalesforceUsageSection"/>).
/// </summary>
public static class OperationsPage
{
    public static async Task<WebApplication> StartAsync(int port, Func<IReadOnlyList<SupervisedProcess>> processes, string operationsKey,
        CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.MapGet("/api/resources", () => processes().Select(p => new
        {
            name = p.Resource.Name,
            state = p.State.ToString(),
            restarts = p.Restarts,
            url = p.Resource.Url?.ToString(),
            health = p.Resource.HealthUrl?.ToString(),
            lastLines = p.LastLines(20),
        }));
        app.MapGet("/", async (CancellationToken requestAborted) =>
        {
            var current = processes();
            var projector = current.FirstOrDefault(p => p.Resource.Name == "crmprojector")?.Resource.Url;
            var usage = projector is null ? null : await SalesforceUsageSection.FetchAsync(projector, operationsKey, requestAborted);
            return Results.Content(Render(current, usage), "text/html; charset=utf-8");
        });
        await app.StartAsync(cancellationToken);
        return app;
    }

    private static string Render(IReadOnlyList<SupervisedProcess> processes, string? salesforceUsage)
    {
        var html = new StringBuilder("""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="3">
            <title>PureConnect.Orleans – resources</title>
            <style>body{font-family:system-ui,sans-serif;margin:2rem;color:#222}table{border-collapse:collapse}
            td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}.Running{color:#1a7f37}.Unhealthy,.Restarting{color:#b35900}
            .Exited,.Stopped{color:#c00}pre{background:#f6f8fa;padding:.5rem;max-height:14rem;overflow:auto;font-size:.8rem}</style>
            </head><body><h1>PureConnect.Orleans</h1><table><tr><th>Resource</th><th>State</th><th>Restarts</th><th>URL</th><th>Health</th></tr>
            """);
        foreach (var p in processes)
        {
            var url = p.Resource.Url?.ToString() ?? "";
            html.Append($"<tr><td>{Encode(p.Resource.Name)}</td><td class=\"{p.State}\">{p.State}</td><td>{p.Restarts}</td>")
                .Append($"<td><a href=\"{Encode(url)}\">{Encode(url)}</a></td><td><a href=\"{Encode(p.Resource.HealthUrl?.ToString() ?? "")}\">/health</a></td></tr>");
        }

        html.Append("</table>");
        if (salesforceUsage is not null)
            html.Append($"<p><strong>Salesforce API usage:</strong> {Encode(salesforceUsage)}</p>");

        foreach (var p in processes)
        {
            html.Append($"<h2>{Encode(p.Resource.Name)}</h2><pre>{Encode(string.Join('\n', p.LastLines(20)))}</pre>");
        }

        return html.Append("</body></html>").ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
