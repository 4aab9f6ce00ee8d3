namespace PureConnect.Salesforce.UnitTests.Client;

public sealed class ApiLimitBackoffTests
{
    private static readonly ApiLimitBackoff Backoff = new(TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(10));

    [Fact]
    public void Without_usage_the_hold_starts_short_and_doubles_with_every_refusal_up_to_the_cap()
    {
        var holds = Enumerable.Range(1, 10).Select(n => Backoff.Delay(n, usage: null)).ToList();

        Assert.Equal([5, 10, 20, 40, 80, 160, 320, 600, 600, 600], holds.Select(h => h.TotalSeconds));
    }

    [Fact]
    public void A_first_refusal_probes_after_the_initial_delay_not_a_fixed_minute()
    {
        Assert.Equal(TimeSpan.FromSeconds(5), Backoff.Delay(1, new ApiUsage(15_000, 15_000)));
    }

    [Fact]
    public void Usage_back_under_the_limit_probes_again_after_the_initial_delay()
    {
        Assert.Equal(TimeSpan.FromSeconds(5), Backoff.Delay(8, new ApiUsage(14_990, 15_000)));
    }

    [Fact]
    public void A_small_overdraft_waits_no_longer_than_it_takes_to_age_out_of_the_rolling_window()
    {
        // 24 h × 10 / 15,000 = 57.6 s: far below the doubled hold after many refusals.
        var hold = Backoff.Delay(9, new ApiUsage(15_009, 15_000));

        Assert.Equal(TimeSpan.FromSeconds(57.6), hold);
    }

    [Fact]
    public void The_hold_shrinks_as_the_reported_usage_falls()
    {
        var usages = new[] { 16_000L, 15_500, 15_100, 15_010, 15_000 };

        var holds = usages.Select(used => Backoff.Delay(9, new ApiUsage(used, 15_000))).ToList();

        Assert.Equal(holds.OrderByDescending(h => h), holds);
        Assert.Equal(TimeSpan.FromMinutes(10), holds[0]);
        Assert.Equal(TimeSpan.FromSeconds(5.76), holds[^1]);
    }

    [Fact]
    public void A_large_overdraft_never_waits_past_the_cap()
    {
        Assert.Equal(TimeSpan.FromMinutes(10), Backoff.Delay(30, new ApiUsage(30_000, 15_000)));
    }

    [Fact]
    public void The_hold_is_never_shorter_than_the_initial_delay()
    {
        Assert.Equal(TimeSpan.FromSeconds(5), Backoff.Delay(3, new ApiUsage(1_000_001, 1_000_000_000)));
    }
}
