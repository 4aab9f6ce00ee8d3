using PureConnect.AgentUi.Softphone;

namespace PureConnect.AgentUi.UnitTests;

public sealed class StatusUntilRulesTests
{
    private static readonly TimeSpan Paris = TimeSpan.FromHours(1);
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero); // 11:00 in Paris

    [Fact]
    public void A_time_later_today_is_today_in_the_agents_zone()
    {
        var until = StatusUntilRules.ToUntil(null, new TimeOnly(13, 30), canHaveDate: false, canHaveTime: true, Paris, Now);

        Assert.Equal(new DateTimeOffset(2026, 11, 24, 12, 30, 0, TimeSpan.Zero), until);
    }

    [Fact]
    public void A_time_that_has_passed_today_means_tomorrow()
    {
        var until = StatusUntilRules.ToUntil(null, new TimeOnly(9, 0), canHaveDate: false, canHaveTime: true, Paris, Now);

        Assert.Equal(new DateTimeOffset(2026, 11, 25, 9, 0, 0, Paris), until);
    }

    [Fact]
    public void A_date_alone_is_the_start_of_that_day_and_date_with_time_is_that_moment()
    {
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 0, 0, 0, Paris),
            StatusUntilRules.ToUntil(new DateOnly(2026, 12, 1), null, canHaveDate: true, canHaveTime: false, Paris, Now));
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 8, 15, 0, Paris),
            StatusUntilRules.ToUntil(new DateOnly(2026, 12, 1), new TimeOnly(8, 15), canHaveDate: true, canHaveTime: true, Paris, Now));
    }

    [Fact]
    public void What_the_status_does_not_take_is_ignored_and_nothing_typed_is_no_until()
    {
        Assert.Null(StatusUntilRules.ToUntil(new DateOnly(2026, 12, 1), null, canHaveDate: false, canHaveTime: true, Paris, Now));
        Assert.Null(StatusUntilRules.ToUntil(null, null, canHaveDate: true, canHaveTime: true, Paris, Now));
        Assert.False(StatusUntilRules.IsAhead(Now.AddMinutes(-1), Now));
    }

    [Fact]
    public void The_status_bar_shows_a_time_today_a_date_and_time_later_and_nothing_once_passed()
    {
        var culture = System.Globalization.CultureInfo.GetCultureInfo("en-US");

        Assert.Equal("1:30 PM", StatusUntilRules.Display(new DateTimeOffset(2026, 11, 24, 13, 30, 0, Paris), Paris, Now, culture));
        Assert.Equal("12/1/2026 8:15 AM", StatusUntilRules.Display(new DateTimeOffset(2026, 12, 1, 8, 15, 0, Paris), Paris, Now, culture));
        Assert.Null(StatusUntilRules.Display(Now.AddMinutes(-5), Paris, Now, culture));
    }
}
