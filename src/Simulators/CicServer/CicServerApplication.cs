using PureConnect.ServiceDefaults;
using PureConnect.Simulators.CicServer.Options;

namespace PureConnect.Simulators.CicServer;

/// <summary>The CIC server simulator as an app tests and the AppHost can build and start.</summary>
public static class CicServerApplication
{
    /// <summary>Builds the app without starting it. <paramref name="configure"/> runs after configuration binding.</summary>
    public static WebApplication Build(string[] args, Action<CicSimulatorOptions>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddCicServerServices(configure);

        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapCicServer();
        return app;
    }
}
