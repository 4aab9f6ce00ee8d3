using Microsoft.Extensions.Configuration;
using PureConnect.ServiceDefaults;

namespace PureConnect.IntegrationTests.ServiceDefaults;

/// <summary>A background service's lower CPU priority (<c>CpuPriority:Nice</c>): read strictly, applied per thread, inherited.</summary>
public sealed class CpuPriorityTests
{
    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("0", null)]
    [InlineData("10", 10)]
    [InlineData("19", 19)]
    public void The_configured_niceness_is_read(string? value, int? expected) =>
        Assert.Equal(expected, CpuPriority.Configured(Configuration(value)));

    [Theory]
    [InlineData("20")]
    [InlineData("-5")]
    [InlineData("low")]
    [InlineData("10.5")]
    public void A_niceness_outside_0_to_19_stops_the_service_with_a_clear_message(string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => CpuPriority.Configured(Configuration(value)));
        Assert.Contains("CpuPriority:Nice must be a whole number from 0 (normal) to 19 (lowest)", error.Message, StringComparison.Ordinal);
    }

    // Linux keeps a niceness per thread: lowering the threads that exist is enough only because threads started later inherit
    // their starter's niceness. Checked on a throw-away thread (a raised niceness cannot be lowered again without privileges).
    [Fact]
    public void A_lowered_thread_runs_at_that_niceness_and_the_threads_it_starts_inherit_it()
    {
        Assert.True(OperatingSystem.IsLinux(), "the product's hosts run on Linux");
        int before = 0, after = -1, inherited = -1;
        var thread = new Thread(() =>
        {
            before = CpuPriority.CurrentThreadNice();
            Assert.True(CpuPriority.LowerThread(CpuPriority.CurrentThreadId(), Math.Min(19, before + 3)));
            after = CpuPriority.CurrentThreadNice();
            var child = new Thread(() => inherited = CpuPriority.CurrentThreadNice());
            child.Start();
            child.Join();
        });
        thread.Start();
        thread.Join();

        Assert.Equal(Math.Min(19, before + 3), after);
        Assert.Equal(after, inherited);
    }

    private static IConfiguration Configuration(string? nice) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [CpuPriority.NiceKey] = nice }).Build();
}
