using System.Text;
using Microsoft.AspNetCore.Http;
using PureConnect.ServiceDefaults;
using Verdict = PureConnect.ServiceDefaults.OperatorAccess.Verdict;

namespace PureConnect.IntegrationTests.Hosting;

/// <summary>The operator rule of the management surfaces, as a pure decision over a request.</summary>
public sealed class OperatorAccessRuleTests
{
    [Theory]
    [InlineData("/dashboard/")]
    [InlineData("/metrics")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/operations/error-queues")]
    public void Outside_Development_without_a_configured_key_the_surfaces_are_closed(string path)
    {
        Assert.Equal(Verdict.Closed, new OperatorAccess(apiKey: null, isDevelopment: false).Judge(Request(path)));
    }

    [Fact]
    public void In_Development_without_a_configured_key_they_are_open()
    {
        Assert.Equal(Verdict.Allowed, new OperatorAccess(apiKey: null, isDevelopment: true).Judge(Request("/dashboard/")));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_configured_key_is_needed_in_every_environment(bool isDevelopment)
    {
        var access = new OperatorAccess("k3y", isDevelopment);

        Assert.Equal(Verdict.Unauthorized, access.Judge(Request("/metrics")));
        Assert.Equal(Verdict.Unauthorized, access.Judge(Request("/metrics", header: "wrong")));
        Assert.Equal(Verdict.Allowed, access.Judge(Request("/metrics", header: "k3y")));
        Assert.Equal(Verdict.Allowed, access.Judge(Request("/metrics", basic: "anyone:k3y")));
        Assert.Equal(Verdict.Unauthorized, access.Judge(Request("/metrics", basic: "k3y:")));
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/alive")]
    [InlineData("/api/me")]
    [InlineData("/dashboards-of-something-else")]
    public void Other_paths_are_not_its_business(string path)
    {
        Assert.Equal(Verdict.Allowed, new OperatorAccess("k3y", isDevelopment: false).Judge(Request(path)));
    }

    private static HttpRequest Request(string path, string? header = null, string? basic = null)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = path;
        if (header is not null)
        {
            context.Request.Headers[OperatorAccess.HeaderName] = header;
        }

        if (basic is not null)
        {
            context.Request.Headers.Authorization = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(basic));
        }

        return context.Request;
    }
}
