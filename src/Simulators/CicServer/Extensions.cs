using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PureConnect.Simulators.CicServer.Apis;
using PureConnect.Simulators.CicServer.Control;
using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.Http;
using PureConnect.Simulators.CicServer.Options;

namespace PureConnect.Simulators.CicServer;

public static class Extensions
{
    /// <summary>Options from the <c>CicServer</c> section, then <paramref name="configure"/>; the engine singleton,
    /// its ticker and the fault injector.</summary>
    public static IHostApplicationBuilder AddCicServerServices(this IHostApplicationBuilder builder, Action<CicSimulatorOptions>? configure = null)
    {
        var options = builder.Services.AddOptions<CicSimulatorOptions>().Bind(builder.Configuration.GetSection(CicSimulatorOptions.SectionName));
        if (configure is not null)
        {
            options.Configure(configure);
        }

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp => new CicEngine(sp.GetRequiredService<IOptions<CicSimulatorOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton(sp => new ResponseManagement.ResponseLibraryStore(sp.GetRequiredService<IOptions<CicSimulatorOptions>>().Value));
        builder.Services.AddSingleton(sp => new Voicemail.VoicemailStore(sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton<FaultInjector>();
        builder.Services.AddHostedService<EngineTicker>();
        return builder;
    }

    /// <summary>ICWS under <c>/icws</c> (session resources behind the cookie and CSRF check) and the
    /// unauthenticated control API under <c>/control</c>.</summary>
    public static WebApplication MapCicServer(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<CicSimulatorOptions>>().Value.PathBase is { Length: > 0 } pathBase)
        {
            // Behind a reverse proxy (<appBase>/api/<server>/icws/...): ICWS only under the path base; routing after it.
            app.UsePathBase(pathBase);
            app.Use((context, next) => !context.Request.PathBase.HasValue && context.Request.Path.StartsWithSegments("/icws")
                ? IcwsResult.Error(404, ErrorIds.Unsupported, $"ICWS is served under {pathBase}/icws.").ExecuteAsync(context)
                : next(context));
            app.UseRouting();
        }

        app.UseMiddleware<PrimaryDownMiddleware>();
        app.UseMiddleware<FaultMiddleware>();
        app.UseMiddleware<ErrorMiddleware>();

        var session = app.MapGroup("/icws/{sessionId}").AddEndpointFilter<SessionFilter>();
        app.MapConnectionApi(session);
        session.MapStationApi();
        session.MapStatusApi();
        session.MapMessagingApi();
        session.MapSubscriptionsApi();
        session.MapInteractionsApi();
        session.MapCallbackApi();
        session.MapChatApi();
        session.MapEmailApi();
        session.MapResponseManagementApi();
        session.MapConferencesApi();
        session.MapTransfersApi();
        session.MapCallControlsApi();
        session.MapDirectoriesApi();
        session.MapActivationsApi();
        session.MapSecurityApi();
        session.MapConfigurationApi();
        session.MapDialerApi();
        session.MapVoicemailApi();
        app.MapWebCallbackApi();
        app.MapFallback("/icws/{**path}", () => IcwsResult.Error(404, ErrorIds.Unsupported, "The simulator does not serve this resource."));

        var control = app.MapGroup("/control");
        control.MapDirectoryControlApi();
        control.MapCallsControlApi();
        control.MapCallbacksControlApi();
        control.MapChatsControlApi();
        control.MapEmailsControlApi();
        control.MapObjectRoutingControlApi();
        control.MapCallControlsControlApi();
        control.MapSessionsControlApi();
        control.MapTrafficControlApi();
        control.MapResponseManagementControlApi();
        control.MapDialerControlApi();
        control.MapVoicemailControlApi();
        return app;
    }
}
