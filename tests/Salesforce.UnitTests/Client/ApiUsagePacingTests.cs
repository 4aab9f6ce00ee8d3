namespace PureConnect.Salesforce.UnitTests.Client;

public sealed class ApiUsagePacingTests
{
    private static readonly TimeSpan Normal = TimeSpan.FromSeconds(1);
    private static readonly ApiUsagePacing Pacing = new(Share: 0.5, SearchesPauseAt: 0.8, BatchingFrom: 0.9, MaxInterval: TimeSpan.FromSeconds(64));

    private static ApiUsage Used(long used) => new(used, 100_000); // the share is 50,000

    [Fact]
    public void Unknown_or_low_usage_changes_nothing()
    {
        Assert.Equal((ApiUsageLevel.Normal, true, Normal), (Pacing.Level(null), Pacing.SearchesAllowed(null), Pacing.CallLogInterval(Normal, null)));
        Assert.Equal((ApiUsageLevel.Normal, true, Normal), (Pacing.Level(Used(39_999)), Pacing.SearchesAllowed(Used(39_999)), Pacing.CallLogInterval(Normal, Used(39_999))));
    }

    [Fact]
    public void Screen_pop_searches_pause_first_while_call_logs_keep_their_pace()
    {
        Assert.False(Pacing.SearchesAllowed(Used(40_000)));
        Assert.Equal(ApiUsageLevel.Conserving, Pacing.Level(Used(40_000)));
        Assert.Equal(Normal, Pacing.CallLogInterval(Normal, Used(44_999)));
    }

    [Fact]
    public void Then_the_call_log_window_grows_geometrically_to_its_maximum_at_the_share()
    {
        Assert.Equal(TimeSpan.FromSeconds(8), Pacing.CallLogInterval(Normal, Used(47_500))); // halfway: 1 s × 64^0.5
        Assert.Equal(TimeSpan.FromSeconds(64), Pacing.CallLogInterval(Normal, Used(50_000)));
        Assert.Equal(TimeSpan.FromSeconds(64), Pacing.CallLogInterval(Normal, Used(99_000)));
        Assert.Equal(ApiUsageLevel.AtShare, Pacing.Level(Used(50_000)));
    }

    [Fact]
    public void The_window_never_shrinks_below_the_normal_interval()
    {
        var slowBase = TimeSpan.FromMinutes(5);

        Assert.Equal(slowBase, Pacing.CallLogInterval(slowBase, Used(49_000)));
    }

    [Fact]
    public void The_defaults_keep_a_tenth_of_the_allocation_for_the_orgs_other_integrations()
    {
        Assert.True(ApiUsagePacing.Default.SearchesAllowed(Used(71_999)));
        Assert.False(ApiUsagePacing.Default.SearchesAllowed(Used(72_000)));
        Assert.Equal(ApiUsageLevel.AtShare, ApiUsagePacing.Default.Level(Used(90_000)));
    }
}
