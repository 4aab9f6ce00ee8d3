using PureConnect.CrmProjector;

namespace PureConnect.CrmProjector.UnitTests;

public sealed class StartupRetryTests
{
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(15);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(4, 8)]
    [InlineData(5, 15)]
    [InlineData(1000, 15)]
    public void Doubles_from_one_second_up_to_the_maximum(int failures, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), StartupRetry.Delay(failures, Max));

    [Fact]
    public void A_maximum_below_a_second_is_kept() =>
        Assert.Equal(TimeSpan.FromMilliseconds(200), StartupRetry.Delay(1, TimeSpan.FromMilliseconds(200)));

    [Fact]
    public void There_is_no_delay_before_a_failure() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => StartupRetry.Delay(0, Max));
}
