using PureConnect.Grains.Agents;

namespace PureConnect.Grains.UnitTests.Agents;

/// <summary>Spec, "Playback messages in the Voicemail View": a message plays to the station or to a number; a target that is not a number is
/// refused before anything goes to CIC.</summary>
public sealed class VoicemailRulesTests
{
    [Theory]
    [InlineData("3175550100")]
    [InlineData("+1 (317) 555-0100")]
    [InlineData(" 317.555.0100 ")]
    public void Phone_numbers_are_accepted(string number) => Assert.Null(VoicemailRules.CheckNumber(number));

    [Theory]
    [InlineData("")]
    [InlineData("call me")]
    [InlineData("317555010x")]
    [InlineData("1+2")]
    [InlineData("+++")]
    [InlineData("123456789012345678901234567890123")]
    [InlineData("317\n5550100")]
    public void Anything_else_is_refused_as_not_a_number(string number) =>
        Assert.Equal("voicemail.invalidNumber", VoicemailRules.CheckNumber(number)?.ErrorCode);

    [Theory]
    [InlineData("vm-000001", true)]
    [InlineData("", false)]
    [InlineData("vm\u0000", false)]
    public void Message_ids_are_short_text(string id, bool valid) => Assert.Equal(valid, VoicemailRules.IsId(id));
}
