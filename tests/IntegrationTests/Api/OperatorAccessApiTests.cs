using System.Net;
using System.Text;
using PureConnect.IntegrationTests.Infrastructure;

namespace PureConnect.IntegrationTests.Api;

/// <summary>The management surfaces answer only an operator: the operations key in <c>X-Operations-Key</c>, or as the
/// password of HTTP Basic (how a browser opens the dashboard).</summary>
[Collection(StackCollection.Name)]
public sealed class OperatorAccessApiTests(StackFixture stack)
{
    public static TheoryData<string> ApiSurfaces => ["/dashboard/", "/metrics", "/openapi/v1.json"];

    [Theory]
    [MemberData(nameof(ApiSurfaces))]
    public async Task The_agent_api_management_surfaces_need_the_operations_key(string path)
    {
        await ShouldNeedTheKeyAsync(stack.ApiUri, path);
    }

    [Theory]
    [InlineData("/operations/call-log-repairs")]
    [InlineData("/operations/error-queues")]
    [InlineData("/metrics")]
    public async Task The_projector_operations_need_the_operations_key(string path)
    {
        await ShouldNeedTheKeyAsync(stack.ProjectorUri, path);
    }

    [Fact]
    public async Task An_agent_session_is_no_operator_credential()
    {
        using var api = new AgentApiClient(stack.ApiUri);
        await api.LogInReadyAsync(stack.TakeAgent());
        try
        {
            (await api.GetAsync("/dashboard/")).ShouldFail(HttpStatusCode.Unauthorized, "operations.unauthorized");
        }
        finally
        {
            await api.DeleteAsync("/api/session");
        }
    }

    [Fact]
    public async Task The_projector_answers_an_unknown_operations_page_in_the_documented_shape()
    {
        using var http = new HttpClient { BaseAddress = stack.ProjectorUri };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/operations/no-such-page");
        request.Headers.Add("X-Operations-Key", StackFixture.OperationsKey);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"code\":\"notFound\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_stays_open_for_the_orchestrator()
    {
        using var http = new HttpClient { BaseAddress = stack.ApiUri };

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health")).StatusCode);
    }

    private static async Task ShouldNeedTheKeyAsync(Uri service, string path)
    {
        using var http = new HttpClient { BaseAddress = service, Timeout = TimeSpan.FromSeconds(60) };

        using var anonymous = await http.GetAsync(path);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Contains("Basic", anonymous.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);

        using var wrongKey = new HttpRequestMessage(HttpMethod.Get, path);
        wrongKey.Headers.Add("X-Operations-Key", "guessed");
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.SendAsync(wrongKey)).StatusCode);

        using var withHeader = new HttpRequestMessage(HttpMethod.Get, path);
        withHeader.Headers.Add("X-Operations-Key", StackFixture.OperationsKey);
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(withHeader)).StatusCode);

        using var withBasic = new HttpRequestMessage(HttpMethod.Get, path);
        withBasic.Headers.Authorization = new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"operator:{StackFixture.OperationsKey}")));
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(withBasic)).StatusCode);
    }
}
