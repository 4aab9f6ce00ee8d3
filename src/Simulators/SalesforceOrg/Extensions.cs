using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PureConnect.Simulators.SalesforceOrg.Api;
using PureConnect.Simulators.SalesforceOrg.Auth;
using PureConnect.Simulators.SalesforceOrg.Control;
using PureConnect.Simulators.SalesforceOrg.Engine;
using PureConnect.Simulators.SalesforceOrg.Http;
using PureConnect.Simulators.SalesforceOrg.Options;
using PureConnect.Simulators.SalesforceOrg.Pages;

namespace PureConnect.Simulators.SalesforceOrg;

/// <summary>Wiring of the Salesforce org simulator.</summary>
public static class Extensions
{
    /// <summary>Options from the <c>SalesforceOrg</c> section, then <paramref name="configure"/>; the in-memory org as singletons.</summary>
    public static IHostApplicationBuilder AddSalesforceOrgServices(this IHostApplicationBuilder builder, Action<SalesforceOrgOptions>? configure = null)
    {
        var options = builder.Services.AddOptions<SalesforceOrgOptions>().Bind(builder.Configuration.GetSection(SalesforceOrgOptions.SectionName));
        if (configure is not null)
            options.Configure(configure);

        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<SalesforceOrgOptions>>().Value);

        // One id sequence for the whole org, so the org and user ids come first and every run hands out the same ids.
        services.AddSingleton<SalesforceIds>();
        services.AddSingleton(sp =>
        {
            var ids = sp.GetRequiredService<SalesforceIds>();
            return new OrgIdentity(ids.Next(SalesforceIds.Organization), ids.Next(SalesforceIds.User), sp.GetRequiredService<SalesforceOrgOptions>().IntegrationUserName);
        });
        services.AddSingleton(sp => new TaskFields(sp.GetRequiredService<SalesforceOrgOptions>().ExternalIdField,
            sp.GetRequiredService<SalesforceOrgOptions>().TaskCustomTextFields));
        services.AddSingleton(sp => new RecordDirectory(sp.GetRequiredService<SalesforceOrgOptions>(), sp.GetRequiredService<SalesforceIds>()));
        services.AddSingleton(sp => new TaskValidator(sp.GetRequiredService<TaskFields>(), sp.GetRequiredService<RecordDirectory>(),
            sp.GetRequiredService<SalesforceOrgOptions>().RejectCreateOnlyFieldsOnUpsertUpdate));
        services.AddSingleton<TaskStore>();
        services.AddSingleton<EmailMessageStore>();
        services.AddSingleton<OutboundMessages>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboundMessages>());
        services.AddSingleton<ContentStore>();
        services.AddSingleton<StreamingClients>();
        services.AddSingleton(sp => new PresenceStore(sp.GetRequiredService<SalesforceOrgOptions>(), sp.GetRequiredService<SalesforceIds>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new ApiUsageCounter(sp.GetRequiredService<SalesforceOrgOptions>().DailyApiLimit, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new Console.ConsoleSettings(sp.GetRequiredService<SalesforceOrgOptions>()));
        services.AddSingleton<TokenStore>();
        services.AddSingleton<FaultInjector>();
        services.AddSingleton<JwtBearerValidator>();

        services.AddSingleton<SObjectOperations>();
        services.AddSingleton<CollectionOperations>();
        services.AddSingleton<CompositeOperation>();
        services.AddSingleton<SearchOperation>();
        services.AddSingleton<LimitsOperation>();
        services.AddSingleton<QueryOperation>();
        services.AddSingleton<EmailMessageOperations>();
        services.AddSingleton<FileOperations>();
        services.AddSingleton<DataApiRouter>();
        return builder;
    }

    /// <summary>The OAuth token endpoint, the REST data API behind its gate, the control API and the Tasks page.</summary>
    public static WebApplication MapSalesforceOrg(this WebApplication app)
    {
        app.UseMiddleware<DataApiGate>();
        app.MapOAuthApi();
        app.MapDataApi();
        app.MapControlApi();
        Console.AgentConsoleApi.MapAgentConsole(app);
        app.MapStreamingApi();
        Console.LightningConsolePage.MapLightningConsole(app);
        app.MapTasksPage();
        return app;
    }
}
