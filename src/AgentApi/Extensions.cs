using System.Net;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Orleans.Configuration;
using Orleans.Dashboard;
using PureConnect.AgentApi.Apis;
using PureConnect.AgentApi.Contracts;
using PureConnect.AgentApi.Http;
using PureConnect.AgentApi.Login;
using PureConnect.Grains;
using PureConnect.Grains.Agents;
using PureConnect.Persistence.EventStore;
using PureConnect.ServiceDefaults;

namespace PureConnect.AgentApi;

public static class Extensions
{
    /// <summary>Name of the PostgreSQL connection string (Aspire style: <c>ConnectionStrings__pureconnect</c>).</summary>
    public const string DatabaseName = "pureconnect";

    /// <summary>Name of our session cookie (docs/agent-api.md).</summary>
    public const string SessionCookieName = "pc_session";

    /// <summary>The silo and the agent HTTP API.</summary>
    public static void AddAgentApiServices(this WebApplicationBuilder builder)
    {
        builder.AddSilo();
        builder.AddAgentHttpApi();
    }

    /// <summary>The agent HTTP API, its OpenAPI document and the Orleans dashboard under <c>/dashboard</c>.</summary>
    public static WebApplication MapAgentApi(this WebApplication app)
    {
        // The softphone's back end (a loopback or configured proxy) says which browser a log-in came from.
        app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<ControlCharacterGuard>();
        app.MapOpenApi();
        if (DashboardEnabled(app.Configuration))
        {
            app.MapOrleansDashboard(routePrefix: "/dashboard");
        }

        app.MapLoginApi();
        app.MapMeApi();
        app.MapStatusesApi();
        app.MapInteractionsApi();
        app.MapCallControlsApi();
        app.MapCallbacksApi();
        app.MapChatsApi();
        app.MapIntercomChatsApi();
        app.MapEmailsApi();
        app.MapResponsesApi();
        app.MapWorkgroupQueuesApi();
        app.MapVoicemailApi();
        app.MapEventsApi();
        app.MapPresenceSyncApi();
        app.MapDialerApi();
        return app;
    }

    /// <summary>
    /// Our own cookie session (it carries only the CIC user id; Data Protection signs it), antiforgery tokens sent in
    /// <c>X-CSRF-TOKEN</c>, JSON with enums as strings, and the OpenAPI document. An API answers 401/403, never a redirect;
    /// every error is the documented JSON (<see cref="JsonErrors"/>), and a body above the configured size is refused.
    /// </summary>
    private static void AddAgentHttpApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AgentApiOptions>().Bind(builder.Configuration.GetSection(AgentApiOptions.SectionName));
        builder.Services.AddOptions<Emails.EmailOptions>().Bind(builder.Configuration.GetSection(Emails.EmailOptions.SectionName));
        builder.Services.AddJsonErrors();
        builder.WebHost.ConfigureKestrel((context, kestrel) => kestrel.Limits.MaxRequestBodySize = context.Configuration.GetValue(
            $"{AgentApiOptions.SectionName}:{nameof(AgentApiOptions.MaxRequestBodyBytes)}", AgentApiOptions.DefaultMaxRequestBodyBytes));
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddOpenApi();
        builder.Services.AddAuthorization();
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.Cookie.Name = SessionCookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(12);
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = context => WriteErrorAsync(context.Response, 401, "session.none", "You are not logged in.");
            o.Events.OnRedirectToAccessDenied = context => WriteErrorAsync(context.Response, 403, "session.forbidden", "That is not allowed.");
        });
        builder.Services.AddAntiforgery(o =>
        {
            o.HeaderName = CsrfFilter.HeaderName;
            o.Cookie.Name = "pc_csrf";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        builder.Services.AddScoped<CsrfFilter>();
        builder.Services.AddOptions<LoginThrottleOptions>().Bind(builder.Configuration.GetSection(LoginThrottleOptions.SectionName));
        builder.Services.AddSingleton<LoginThrottle>();

        // One key ring for every AgentApi instance, in PostgreSQL: our cookie, the antiforgery tokens and the agents'
        // CIC session tickets written by one silo are read by any other (a silo can die; the agents stay logged in).
        builder.Services.AddDataProtection().SetApplicationName("PureConnect.AgentApi").PersistKeysToPureConnectDatabase();
        builder.Services.AddSingleton(CallLogSubjects.From(builder.Configuration));
    }

    /// <summary>
    /// The silo: ADO.NET clustering, reminders and pub/sub storage on PostgreSQL (our own scripts, applied by
    /// the migrations, which are registered first so they run before the silo starts), the event-store
    /// log-consistency provider for the journaled grains, memory streams for UI updates, and the dashboard.
    /// </summary>
    private static void AddSilo(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(DatabaseName)
            ?? throw new InvalidOperationException($"No connection string '{DatabaseName}' (set ConnectionStrings__{DatabaseName}).");
        builder.Services.AddPureConnectDatabase(connectionString);
        builder.Services.Configure<EventStoreOptions>(
            builder.Configuration.GetSection(EventStoreOptions.SectionName));

        var orleans = builder.Configuration.GetSection("Orleans");
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = orleans["ClusterId"] ?? "pureconnect";
                o.ServiceId = orleans["ServiceId"] ?? "pureconnect";
            });
            silo.ConfigureEndpoints(
                IPAddress.Parse(orleans["AdvertisedIP"] ?? "127.0.0.1"),
                orleans.GetValue("Endpoints:SiloPort", 11111),
                orleans.GetValue("Endpoints:GatewayPort", 30000),
                listenOnAnyHostAddress: false);
            // Failure detection (probe timeout, missed probes, votes) is configurable: Orleans:Membership:*.
            silo.Configure<ClusterMembershipOptions>(orleans.GetSection("Membership"));
            silo.UseAdoNetClustering(o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = connectionString;
            });
            silo.UseAdoNetReminderService(o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = connectionString;
            });
            silo.AddAdoNetGrainStorage("PubSubStore", o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = connectionString;
            });
            // An agent's update waits in its stream queue until the queue's pulling agent polls (Orleans' default: 8 queues, every
            // 100 ms, so 50 ms on average). 4 queues every 25 ms: 160 polls a second instead of 80, and the agent's screen ~40 ms
            // closer to CIC (Orleans:AgentStreams:Queues, Orleans:AgentStreams:PollPeriod).
            var agentStreams = orleans.GetSection("AgentStreams");
            silo.AddMemoryStreams(AgentUpdateStreams.Provider, streams =>
            {
                streams.ConfigurePartitioning(agentStreams.GetValue("Queues", 4));
                streams.ConfigurePullingAgent(o => o.Configure(p => p.GetQueueMsgsTimerPeriod = agentStreams.GetValue("PollPeriod", TimeSpan.FromMilliseconds(25))));
                // Nobody rewinds an agent's stream (a browser that reconnects gets a snapshot), so its messages need not stay in the
                // silo's stream cache after delivery. Orleans keeps them until they are both DataMinTimeInCache old and
                // DataMaxAgeInCache older than the newest (defaults 5 and 30 minutes): at 200 calls/s that was 2 MB of heap a second,
                // growing for half an hour (Orleans:AgentStreams:CacheRetention).
                var retention = agentStreams.GetValue("CacheRetention", TimeSpan.FromMinutes(1));
                streams.ConfigureCacheEviction(o => o.Configure(e =>
                {
                    e.DataMinTimeInCache = retention;
                    e.DataMaxAgeInCache = retention;
                    e.MetadataMinTimeInCache = retention;
                }));
            });
            silo.AddActivityPropagation();
            // The dashboard times every grain call; a deployment that watches the silo through metrics can turn it off.
            if (DashboardEnabled(builder.Configuration))
            {
                silo.AddDashboard();
            }

            silo.AddPureConnectGrains(builder.Configuration);
        });
    }

    /// <summary><c>Orleans:Dashboard:Enabled</c> (default true): the Orleans Dashboard at <c>/dashboard</c>.</summary>
    private static bool DashboardEnabled(IConfiguration configuration) => configuration.GetValue("Orleans:Dashboard:Enabled", true);

    private static Task WriteErrorAsync(HttpResponse response, int status, string code, string message)
    {
        response.StatusCode = status;
        return response.WriteAsJsonAsync(new ErrorResponse(code, message));
    }
}
