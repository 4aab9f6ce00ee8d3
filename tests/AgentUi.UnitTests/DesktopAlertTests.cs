using PureConnect.AgentUi.Softphone;

namespace PureConnect.AgentUi.UnitTests;

/// <summary>Spec, "Desktop alerts": the notification and the flashing title say who is calling.</summary>
public sealed class DesktopAlertTests
{
    [Theory]
    [InlineData("Grace Hopper", "(317) 555-0102", "Grace Hopper (317) 555-0102")]
    [InlineData(null, "(317) 555-0102", "(317) 555-0102")]
    [InlineData("(317) 555-0102", "(317) 555-0102", "(317) 555-0102")]
    [InlineData("Grace Hopper", "", "Grace Hopper")]
    public void The_party_is_the_name_then_the_number_whichever_are_known(string? name, string number, string party) =>
        Assert.Equal(party, DesktopAlert.Party(name, number));

    [Fact]
    public void The_flashing_title_names_the_caller() =>
        Assert.Equal("Incoming call: Grace Hopper", new DesktopAlert("Incoming call", "Grace Hopper").FlashTitle);
}
