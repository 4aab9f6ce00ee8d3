using PureConnect.CrmProjector.Operations;
using PureConnect.ServiceDefaults;

namespace PureConnect.CrmProjector;

/// <summary>Builds the CRM projector host: event relay and Salesforce projection consumers.</summary>
public static class CrmProjectorApplication
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        builder.AddServiceDefaults("MassTransit");
        builder.AddCrmProjectorServices();
        builder.Services.AddJsonErrors();

        var app = builder.Build();
        app.UseJsonErrors();
        app.MapDefaultEndpoints();
        app.MapOperationsApi();
        return app;
    }
}
