using PureConnect.ServiceDefaults;

namespace PureConnect.AgentApi;

/// <summary>Builds the AgentApi host: the co-hosted Orleans silo and the agent-facing HTTP API.</summary>
public static class AgentApiApplication
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        builder.AddServiceDefaults();
        builder.AddAgentApiServices();

        var app = builder.Build();
        app.UseJsonErrors();
        app.MapDefaultEndpoints();
        app.MapAgentApi();
        return app;
    }
}
