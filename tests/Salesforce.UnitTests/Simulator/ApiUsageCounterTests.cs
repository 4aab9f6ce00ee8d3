using Microsoft.Extensions.Time.Testing;
using PureConnect.Simulators.SalesforceOrg.Engine;

namespace PureConnect.Salesforce.UnitTests.Simulator;

public sealed class ApiUsageCounterTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Requests_are_counted_until_the_limit_and_refused_after_it()
    {
        var counter = new ApiUsageCounter(3, _time);

        Assert.Equal([true, true, true, false], Enumerable.Range(0, 4).Select(_ => counter.TryConsume()));
        Assert.Equal((3L, 3L), counter.Current);
    }

    [Fact]
    public void A_request_leaves_the_window_24_hours_after_it_was_made()
    {
        var counter = new ApiUsageCounter(10, _time);
        counter.TryConsume();
        _time.Advance(TimeSpan.FromHours(10));
        counter.TryConsume();
        counter.TryConsume();

        _time.Advance(TimeSpan.FromHours(14) - TimeSpan.FromSeconds(1));
        Assert.Equal(3, counter.Current.Used);
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(2, counter.Current.Used);
        _time.Advance(TimeSpan.FromHours(10));
        Assert.Equal(0, counter.Current.Used);
    }

    [Fact]
    public void Setting_the_usage_restarts_the_window_and_can_change_the_limit()
    {
        var counter = new ApiUsageCounter(100, _time);
        counter.TryConsume();

        counter.Set(used: 50, limit: 50);

        Assert.Equal((50L, 50L), counter.Current);
        Assert.False(counter.TryConsume());
        counter.Set(used: 0, limit: null);
        Assert.True(counter.TryConsume());
        Assert.Equal((1L, 50L), counter.Current);
    }
}
