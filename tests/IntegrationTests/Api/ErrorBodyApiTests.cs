using System.Net;
using System.Net.Http.Headers;
using System.Text;
using PureConnect.IntegrationTests.Infrastructure;

namespace PureConnect.IntegrationTests.Api;

/// <summary>Every error is the documented <c>{code, message}</c> JSON, never a stack trace, a source path or the request's
/// cookies: unreadable bodies, unknown routes, oversized requests and unhandled exceptions alike.</summary>
[Collection(StackCollection.Name)]
public sealed class ErrorBodyApiTests(StackFixture stack)
{
    [Theory]
    [InlineData("""{"statusIds": ["At Lunch" """, "malformed JSON")]
    [InlineData("""{"statusIds": 5}""", "a number where a list belongs")]
    [InlineData("""{"statusIds": [{"id": 1}]}""", "objects where strings belong")]
    [InlineData("", "no body")]
    public async Task An_unreadable_body_is_a_400_in_the_documented_shape(string body, string what)
    {
        using var api = new AgentApiClient(stack.ApiUri);
        await api.LogInReadyAsync(stack.TakeAgent());
        try
        {
            var answer = await api.SendContentAsync(HttpMethod.Put, "/api/me/favorites", Json(body));

            Assert.True(answer.Status == HttpStatusCode.BadRequest, $"{what}: {answer}");
            ShouldBeDocumentedError(answer, "request.invalid");
        }
        finally
        {
            await api.DeleteAsync("/api/session");
        }
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_refused_in_the_documented_shape()
    {
        using var api = new AgentApiClient(stack.ApiUri);
        await api.LogInReadyAsync(stack.TakeAgent());
        try
        {
            var answer = await api.SendContentAsync(HttpMethod.Put, "/api/me/favorites", new StringContent("statusIds=At+Lunch", Encoding.UTF8, "text/plain"));

            answer.ShouldBe(HttpStatusCode.UnsupportedMediaType);
            ShouldBeDocumentedError(answer, "request.notJson");
        }
        finally
        {
            await api.DeleteAsync("/api/session");
        }
    }

    [Fact]
    public async Task A_ten_megabyte_body_is_refused_as_too_large_in_the_documented_shape()
    {
        using var api = new AgentApiClient(stack.ApiUri);
        await api.LogInReadyAsync(stack.TakeAgent());
        try
        {
            var huge = $$"""{"statusIds": ["{{new string('x', 10 * 1024 * 1024)}}"]}""";

            // Expect: 100-continue lets the client hear the refusal instead of a reset connection while it is still sending.
            var answer = await api.SendContentAsync(HttpMethod.Put, "/api/me/favorites", Json(huge), prepare: r => r.Headers.ExpectContinue = true);

            answer.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
            ShouldBeDocumentedError(answer, "request.tooLarge");
        }
        finally
        {
            await api.DeleteAsync("/api/session");
        }
    }

    [Fact]
    public async Task An_unknown_route_under_api_is_a_404_in_the_documented_shape()
    {
        using var api = new AgentApiClient(stack.ApiUri);

        var answer = await api.GetAsync("/api/no-such-thing");

        answer.ShouldBe(HttpStatusCode.NotFound);
        ShouldBeDocumentedError(answer, "notFound");
    }

    [Fact]
    public async Task An_unhandled_exception_is_a_500_server_error_that_tells_nothing_of_the_insides()
    {
        using var api = new AgentApiClient(stack.ApiUri);
        await api.LogInReadyAsync(stack.TakeAgent());
        try
        {
            var answer = await api.GetAsync(FailingRoute.Path);

            answer.ShouldBe(HttpStatusCode.InternalServerError);
            ShouldBeDocumentedError(answer, "server.error");
            Assert.DoesNotContain("hunter2", answer.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("internal", answer.Text, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            await api.DeleteAsync("/api/session");
        }
    }

    private static StringContent Json(string body) => new(body, new MediaTypeHeaderValue("application/json"));

    private static void ShouldBeDocumentedError(ApiAnswer answer, string code)
    {
        Assert.True(answer.Code == code, $"Expected the code {code}: {answer}");
        Assert.False(string.IsNullOrWhiteSpace(answer.Property("message")), $"Expected a message: {answer}");
        foreach (var inside in new[] { "   at ", "Exception", ".cs:", "pc_session", "pc_csrf", "PureConnect." })
        {
            Assert.DoesNotContain(inside, answer.Text, StringComparison.Ordinal);
        }
    }
}
