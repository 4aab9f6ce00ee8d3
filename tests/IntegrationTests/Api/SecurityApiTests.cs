using System.Net;
using PureConnect.IntegrationTests.Infrastructure;

namespace PureConnect.IntegrationTests.Api;

/// <summary>Our own session, CSRF on every non-GET, and the OpenAPI document.</summary>
[Collection(StackCollection.Name)]
public sealed class SecurityApiTests(StackFixture stack)
{
    [Fact]
    public async Task A_command_without_the_csrf_header_is_refused_and_changes_nothing()
    {
        var agentId = stack.TakeAgent();
        using var api = new AgentApiClient(stack.ApiUri);
        await api.LogInReadyAsync(agentId);
        var before = (await api.GetAsync("/api/me")).Json.GetProperty("version").GetInt64();

        (await api.SendAsync(HttpMethod.Put, "/api/me/favorites", new { statusIds = new[] { "At Lunch" } }, withCsrf: false))
            .ShouldFail(HttpStatusCode.BadRequest, "csrf.invalid");
        (await api.SendAsync(HttpMethod.Post, "/api/login", new { userId = agentId, password = StackFixture.Password }, withCsrf: false))
            .ShouldFail(HttpStatusCode.BadRequest, "csrf.invalid");

        Assert.Equal(before, (await api.GetAsync("/api/me")).Json.GetProperty("version").GetInt64());
        (await api.DeleteAsync("/api/session")).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_session_cookie_is_http_only_and_same_site_strict()
    {
        var agentId = stack.TakeAgent();
        using var api = new AgentApiClient(stack.ApiUri);
        (await api.GetAsync("/api/login/options")).ShouldBe(HttpStatusCode.OK);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/login") { Content = System.Net.Http.Json.JsonContent.Create(new { userId = agentId, password = StackFixture.Password }) };
        request.Headers.Add("X-CSRF-TOKEN", api.CsrfToken);

        using var response = await api.Http.SendAsync(request);

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("pc_session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", cookie.Replace("samesite", "", StringComparison.OrdinalIgnoreCase), StringComparison.OrdinalIgnoreCase);
        await api.DeleteAsync("/api/session");
    }

    [Fact]
    public async Task The_orleans_dashboard_is_served_under_dashboard_to_operators()
    {
        using var api = new AgentApiClient(stack.ApiUri);

        var page = (await api.GetAsOperatorAsync("/dashboard/")).ShouldBe(HttpStatusCode.OK);

        Assert.Contains("<html", page.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_agent_api_to_operators()
    {
        using var api = new AgentApiClient(stack.ApiUri);

        var document = (await api.GetAsOperatorAsync("/openapi/v1.json")).ShouldBe(HttpStatusCode.OK);

        var paths = document.Json.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/login", paths);
        Assert.Contains("/api/me/events", paths);
        Assert.Contains("/api/me/interactions/{key}/{action}", paths);
    }
}
