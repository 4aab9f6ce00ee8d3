using PureConnect.AgentUi.Softphone;
using static PureConnect.AgentUi.UnitTests.Calls;

namespace PureConnect.AgentUi.UnitTests;

public sealed class TransferRulesTests
{
    private static readonly TransferChoice Person = new("User", "agent2", "Agent 2", false);
    private static readonly TransferChoice Workgroup = new("Workgroup", "Sales", "Sales", false);
    private static readonly TransferChoice Attendant = new("AttendantProfile", "Main", "Main", false);

    [Fact]
    public void Consult_is_for_people_and_numbers_workgroups_and_attendant_profiles_are_blind_only()
    {
        var call = Call("Connected");
        Assert.True(TransferRules.CanConsult(call, Person));
        Assert.True(TransferRules.CanConsult(call, TransferRules.DialAsDigits(" 317 555 0100 ")));
        Assert.False(TransferRules.CanConsult(call, Workgroup));
        Assert.False(TransferRules.CanConsult(call, Attendant));
        Assert.True(TransferRules.CanBlind(call, Workgroup));
        Assert.True(TransferRules.CanBlind(call, Attendant));
    }

    [Fact]
    public void Consult_is_for_calls_only_and_nothing_is_sent_without_a_choice()
    {
        Assert.False(TransferRules.CanConsult(Call("Connected", objectType: "Chat"), Person));
        Assert.True(TransferRules.CanBlind(Call("Connected", objectType: "Chat"), Person));
        Assert.False(TransferRules.CanBlind(Call("Connected"), null));
        Assert.False(TransferRules.CanBlind(Call("Disconnected"), Person));
    }

    [Fact]
    public void While_a_consult_runs_no_new_transfer_starts_and_the_leg_leads_back_to_the_consulting_call()
    {
        var original = Call("Held", "k1", calls: Controls(consult: "Consulting", consultInteractionId: "100k2"));
        var leg = Call("Connected", "k2");
        Assert.False(TransferRules.CanBlind(original, Person));
        Assert.Same(original, TransferRules.ConsultOf([original, leg], leg));
        Assert.Same(original, TransferRules.ConsultOf([original, leg], original));
        Assert.Null(TransferRules.ConsultOf([leg], leg));
    }

    [Theory]
    [InlineData("3175550100", true)]
    [InlineData("+1 (317) 555-0100", true)]
    [InlineData("Agent 2", false)]
    [InlineData("  ", false)]
    public void Only_typed_numbers_are_offered_to_dial_as_digits(string text, bool dialable) => Assert.Equal(dialable, TransferRules.IsDialable(text));
}
