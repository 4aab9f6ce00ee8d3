using PureConnect.Salesforce.Http;

namespace PureConnect.Salesforce.UnitTests.Client;

public sealed class LimitInfoHeaderTests
{
    [Theory]
    [InlineData("api-usage=10018/100000", 10018, 100000)]
    [InlineData("api-usage=18/5000, per-app-api-usage=17/250(appName=sample-app)", 18, 5000)]
    [InlineData("per-app-api-usage=17/250(appName=sample-app), api-usage=19/5000", 19, 5000)]
    [InlineData(" API-USAGE=1/15000 ", 1, 15000)]
    [InlineData("api-bursts=1/750; api-usage=0/15000", 0, 15000)]
    public void The_org_wide_api_usage_entry_is_read(string header, long used, long limit) =>
        Assert.Equal(new ApiUsage(used, limit), LimitInfoHeader.Parse(header));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("per-app-api-usage=17/250(appName=sample-app)")]
    [InlineData("api-usage=abc/5000")]
    [InlineData("api-usage=12")]
    [InlineData("api-usage=-1/5000")]
    public void A_missing_or_malformed_entry_gives_no_usage(string? header) => Assert.Null(LimitInfoHeader.Parse(header));

    [Fact]
    public void Remaining_never_goes_below_zero()
    {
        Assert.Equal(4982, new ApiUsage(18, 5000).Remaining);
        Assert.Equal(0, new ApiUsage(5003, 5000).Remaining);
    }
}
