using PureConnect.ServiceDefaults;

namespace PureConnect.IcwsIngest;

/// <summary>Builds the ingest host: an Orleans client that feeds ICWS events into grains.</summary>
public static class IcwsIngestApplication
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        builder.AddServiceDefaults();
        builder.AddIcwsIngestServices();

        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapIngestOperations();
        return app;
    }
}
