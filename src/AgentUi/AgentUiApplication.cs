using PureConnect.ServiceDefaults;

namespace PureConnect.AgentUi;

/// <summary>Builds the AgentUi host: the softphone (Blazor, interactive server) in front of AgentApi.</summary>
public static class AgentUiApplication
{
    /// <param name="args">Command-line arguments.</param>
    /// <param name="configure">Runs before the services are added (tests add configuration here).</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // The application name locates the static web assets manifests when a test process hosts the app.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(AgentUiApplication).Assembly.GetName().Name,
        });
        configure?.Invoke(builder);
        builder.AddServiceDefaults();
        builder.AddAgentUiServices();

        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapAgentUi();
        return app;
    }
}
