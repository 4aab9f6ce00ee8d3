using System.Globalization;
using PureConnect.AgentUi.Softphone;
using static PureConnect.AgentUi.UnitTests.Calls;

namespace PureConnect.AgentUi.UnitTests;

/// <summary>What the agent reads: phone numbers in their locale's format, the consulted party by name, a status's colour from its group.</summary>
public sealed class DisplayTextTests
{
    [Theory]
    [InlineData("3175550100", "en-US", "(317) 555-0100")]
    [InlineData("+13175550100", "en-US", "(317) 555-0100")]
    [InlineData("3175550100", "fr", "+1 317-555-0100")]
    [InlineData("3175550100", "ja", "+1 317-555-0100")]
    [InlineData("+33142685300", "fr", "01 42 68 53 00")]
    [InlineData("+81312345678", "ja", "03-1234-5678")]
    [InlineData("1001", "en-US", "1001")] // an extension stays as CIC gave it
    [InlineData("sip:agent2@cic", "en-US", "sip:agent2@cic")]
    [InlineData("", "en-US", "")]
    public void Phone_numbers_are_formatted_for_the_agents_locale(string number, string culture, string shown) =>
        Assert.Equal(shown, PhoneNumberDisplay.Format(number, CultureInfo.GetCultureInfo(culture), "US"));

    [Fact]
    public void The_consulted_party_is_named_by_the_consult_calls_party_not_the_user_id()
    {
        var original = Call("Held", calls: Controls(consult: "Consulting", consultInteractionId: "100k2"));
        var leg = Call("Connected", key: "k2") with { RemoteName = "Agent Two" };

        Assert.Equal("Agent Two", TransferRules.ConsultedName([original, leg], original));
        Assert.Null(TransferRules.ConsultedName([original], original));
    }

    [Theory]
    [InlineData("Available", "available")]
    [InlineData("Busy", "busy")] // Do Not Disturb, In a Meeting
    [InlineData("Away", "away")]
    [InlineData("Follow Up", "follow-up")]
    [InlineData(null, "unknown")]
    [InlineData("Something else", "unknown")]
    public void A_status_has_the_colour_of_its_group(string? group, string colour) => Assert.Equal(colour, StatusLook.ColourOf(group));
}
