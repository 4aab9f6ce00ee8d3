using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting.ApplicationModel;

namespace PureConnect.AppHost;

/// <summary>
/// The demo's Salesforce console: the org simulator frames the softphone's Open CTI page (<c>/console/{userId}</c>), its users are
/// the demo agents (FederationIdentifier = CIC user id, which the Omni-Channel sync matches), and the presence sync runs with two
/// two-way maps (CIC Available ↔ Omni Busy, CIC Do Not Disturb ↔ Omni Available: an agent is routed by one product at a time)
/// and one one-way map (Omni Away → CIC Gone Home). The users are added when the simulator is ready, before CrmProjector starts.
/// </summary>
public static class DemoConsole
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>The console page of each demo agent, once the simulator knows them (CIC user id → URL).</summary>
    public static IReadOnlyDictionary<string, Uri> ConsolePages => Pages;

    private static readonly Dictionary<string, Uri> Pages = new(StringComparer.Ordinal);

    public static IResourceBuilder<ExecutableResource> AsDemoConsole(this IResourceBuilder<ExecutableResource> org,
        IResourceBuilder<ExecutableResource> softphone, IReadOnlyList<string> agents)
    {
        var ui = softphone.GetEndpoint("http");
        return org
            .WithEnvironment("SalesforceOrg__SoftphoneUrl", ReferenceExpression.Create($"{ui}/opencti"))
            .OnResourceReady(async (_, _, cancellationToken) =>
            {
                var baseUri = new Uri(org.GetEndpoint("http").Url);
                foreach (var agent in agents)
                {
                    using var response = await Http.PostAsJsonAsync(new Uri(baseUri, "/control/users"),
                        new { userName = $"{agent}@pureconnect.example", federationIdentifier = agent }, cancellationToken);
                    response.EnsureSuccessStatusCode();
                    var user = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
                    lock (Pages)
                        Pages[agent] = new Uri(baseUri, $"/console/{user.GetProperty("id").GetString()}");
                }
            });
    }

    /// <summary>The softphone as the console's Open CTI softphone: the org's <c>opencti_min.js</c>, and the org may frame it.</summary>
    public static IResourceBuilder<ExecutableResource> InDemoConsole(this IResourceBuilder<ExecutableResource> softphone,
        IResourceBuilder<ExecutableResource> org)
    {
        // No OpenCti:AdapterUrl: a real call center needs an https adapter, and the call-center definition says so until one is given.
        var console = org.GetEndpoint("http");
        return softphone
            .WithEnvironment("OpenCti__ScriptUrl", ReferenceExpression.Create($"{console}/support/api/62.0/lightning/opencti_min.js"))
            .WithEnvironment("OpenCti__FrameAncestors__0", console);
    }

    /// <summary>The projector's Omni-Channel presence sync against the simulated org.</summary>
    public static IResourceBuilder<ExecutableResource> WithDemoPresenceSync(this IResourceBuilder<ExecutableResource> projector) =>
        projector
            .WithEnvironment("OmniSync__Enabled", "true")
            .WithEnvironment("OmniSync__Maps__0__CicStatus", "Available")
            .WithEnvironment("OmniSync__Maps__0__OmniStatus", "Busy")
            .WithEnvironment("OmniSync__Maps__1__CicStatus", "Do Not Disturb")
            .WithEnvironment("OmniSync__Maps__1__OmniStatus", "Available")
            .WithEnvironment("OmniSync__Maps__2__CicStatus", "Gone Home")
            .WithEnvironment("OmniSync__Maps__2__OmniStatus", "Away")
            .WithEnvironment("OmniSync__Maps__2__Direction", "OmniToCic");
}
