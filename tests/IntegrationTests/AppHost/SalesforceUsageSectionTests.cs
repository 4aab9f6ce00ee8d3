using PureConnect.AppHost;

namespace PureConnect.IntegrationTests.AppHost;

/// <summary>The operations page's line about the Salesforce API usage, from CrmProjector's <c>/operations/salesforce-usage</c>.</summary>
public sealed class SalesforceUsageSectionTests
{
    [Fact]
    public void Near_the_wall_the_line_says_what_the_projector_slowed_down()
    {
        var line = SalesforceUsageSection.Describe("""
            {"used":95000,"limit":100000,"share":0.9,"consumed":1.0556,"level":"AtShare","searchesPaused":true,"callLogInterval":"00:01:00"}
            """);

        Assert.Equal("95,000 of 100,000 requests used (share 90 %): AtShare; screen-pop searches paused; call logs every 00:01:00", line);
    }

    [Fact]
    public void Before_the_first_figure_it_says_so()
    {
        Assert.Equal("not known yet", SalesforceUsageSection.Describe("""
            {"used":null,"limit":null,"share":0.9,"consumed":0,"level":"Normal","searchesPaused":false,"callLogInterval":"00:00:01"}
            """));
    }
}
