using PureConnect.ServiceDefaults;
using PureConnect.Simulators.SalesforceOrg.Options;

namespace PureConnect.Simulators.SalesforceOrg;

/// <summary>The Salesforce org simulator as an app tests and the AppHost can build and start.</summary>
public static class SalesforceOrgApplication
{
    /// <summary>Builds the app without starting it. <paramref name="configure"/> runs after binding the <c>SalesforceOrg</c> section.</summary>
    public static WebApplication Build(string[] args, Action<SalesforceOrgOptions>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddSalesforceOrgServices(configure);

        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapSalesforceOrg();
        return app;
    }
}
