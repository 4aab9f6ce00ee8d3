using Spectre.Console;
using Spectre.Console.Rendering;

namespace PureConnect.AppHost;

/// <summary>The resources as a table: name, state, restarts, URL; below it the environment and the operator key of the
/// management surfaces (<c>/dashboard</c>, <c>/metrics</c>, <c>/openapi</c>, <c>/operations</c>).</summary>
public static class ResourceTable
{
    public static IRenderable Render(IEnumerable<SupervisedProcess> processes, AppHostSettings settings)
    {
        var table = new Table().Title("PureConnect.Orleans").AddColumns("Resource", "State", "Restarts", "URL")
            .Caption($"Environment: {Markup.Escape(settings.Environment)}   Operations key (header {Markup.Escape(OperationsKey.HeaderName)}, or the Basic password): {Markup.Escape(settings.OperationsKey)}");
        foreach (var process in processes)
        {
            var state = process.State switch
            {
                ResourceState.Running => "[green]Running[/]",
                ResourceState.Unhealthy => "[yellow]Unhealthy[/]",
                ResourceState.Exited or ResourceState.Restarting => $"[red]{process.State}[/]",
                _ => process.State.ToString(),
            };
            table.AddRow(process.Resource.Name, state, process.Restarts.ToString(), process.Resource.Url?.ToString() ?? "");
        }

        return table;
    }
}
