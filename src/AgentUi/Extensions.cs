using System.Globalization;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PureConnect.AgentUi.AgentApi;
using PureConnect.AgentUi.Components;
using PureConnect.AgentUi.OpenCti;
using PureConnect.AgentUi.Session;
using PureConnect.AgentUi.Softphone;

namespace PureConnect.AgentUi;

/// <summary>Wiring of the softphone: AgentApi client, sign-in cookie, localization, Blazor.</summary>
public static class Extensions
{
    /// <summary>Configuration key of AgentApi's base address (Aspire style: <c>services__agentapi__http__0</c>).</summary>
    public const string AgentApiAddressKey = "services:agentapi:http:0";

    /// <summary>The languages of the product (spec: "Language support"); the first is the fallback.</summary>
    public static readonly string[] Cultures = ["en-US", "ja", "es", "fr"];

    /// <summary>Adds the softphone's services.</summary>
    public static void AddAgentUiServices(this WebApplicationBuilder builder)
    {
        var endpoints = AgentApiEndpoints.FromConfiguration(builder.Configuration);
        var services = builder.Services;
        services.Configure<SoftphoneOptions>(builder.Configuration.GetSection(SoftphoneOptions.Section));
        services.AddSingleton<PhoneNumberDisplay>();
        services.AddOptions<CallCenterOptions>().Bind(builder.Configuration.GetSection(CallCenterOptions.Section))
            .Validate(o => OpenCtiPage.FrameAncestorErrors(o).Count == 0, "OpenCti:FrameAncestors must be origins such as https://acme.lightning.force.com.")
            .ValidateOnStart();

        // The console frames the softphone: who may is said by Content-Security-Policy frame-ancestors (OpenCtiPage), not by X-Frame-Options.
        // A real console is another site (*.lightning.force.com): with an https adapter URL the cookies must be SameSite=None; Secure
        // for the browser to send them inside its iframe.
        var framedCrossSite = Uri.TryCreate(builder.Configuration[$"{CallCenterOptions.Section}:AdapterUrl"], UriKind.Absolute, out var adapter)
                              && adapter.Scheme == Uri.UriSchemeHttps;
        services.AddAntiforgery(options =>
        {
            options.SuppressXFrameOptionsHeader = true;
            if (framedCrossSite)
            {
                options.Cookie.SameSite = SameSiteMode.None;
                options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            }
        });
        services.TryAddSingleton(TimeProvider.System);

        // AgentUi keeps AgentApi's cookies itself (inside its own auth cookie), so the handler must not.
        // Every AgentApi instance is used: a request goes to the one that answered last, and to the next when it is down.
        services.AddSingleton(endpoints);
        services.AddHttpContextAccessor();
        services.AddTransient<AgentApiFailoverHandler>();
        services.AddHttpClient<AgentApiClient>(http => http.BaseAddress = endpoints.All[0])
            .AddHttpMessageHandler<AgentApiFailoverHandler>()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false });
        services.AddScoped<AgentApiSessionHolder>();
        services.AddScoped<LoginFlow>();
        services.AddScoped<SoftphoneState>();
        services.AddScoped<AgentEventStream>();

        var dataProtection = services.AddDataProtection().SetApplicationName("PureConnect.AgentUi");
        if (builder.Configuration["DataProtection:KeysPath"] is { Length: > 0 } keysPath)
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(keysPath));
        }

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = AgentIdentity.CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = framedCrossSite ? SameSiteMode.None : SameSiteMode.Lax;
                options.Cookie.SecurePolicy = framedCrossSite ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
                options.LoginPath = "/login";
                options.AccessDeniedPath = "/login";
                options.ExpireTimeSpan = TimeSpan.FromHours(12);
                options.SlidingExpiration = true;
            });
        services.AddAuthorization();
        services.AddCascadingAuthenticationState();

        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            // Accept-Language only; fr-CA falls back to fr, and anything unsupported to en-US (spec: language rules).
            var cultures = Cultures.Select(CultureInfo.GetCultureInfo).ToList();
            options.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            options.RequestCultureProviders = [new AcceptLanguageHeaderRequestCultureProvider()];
        });

        services.AddRazorComponents().AddInteractiveServerComponents();
        if (!builder.Environment.IsDevelopment())
        {
            // Development does this already; elsewhere it lets a build output (or a test host) serve the assets.
            builder.WebHost.UseStaticWebAssets();
        }
    }

    /// <summary>Maps the softphone's pages, static assets and the logout endpoint.</summary>
    public static void MapAgentUi(this WebApplication app)
    {
        app.UseRequestLocalization();
        app.UseOpenCtiPage();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapLogout();
        app.MapVoicemailDownload();
        app.MapEmailAttachments();
        app.MapCallCenterDefinition();
        // frame-ancestors is sent on every response by UseOpenCtiPage ('self' and the console's origins), not only Blazor's 'self'.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(options => options.ContentSecurityFrameAncestorsPolicy = null);
    }
}
