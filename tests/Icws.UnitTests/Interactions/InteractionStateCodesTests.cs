using PureConnect.Icws.Interactions;

namespace PureConnect.Icws.UnitTests.Interactions;

public sealed class InteractionStateCodesTests
{
    [Theory]
    [InlineData("A", InteractionState.Alerting)]
    [InlineData("C", InteractionState.Connected)]
    [InlineData("H", InteractionState.Held)]
    [InlineData("M", InteractionState.Messaging)]
    [InlineData("O", InteractionState.Offering)]
    [InlineData("P", InteractionState.Parked)]
    [InlineData("R", InteractionState.Proceeding)]
    [InlineData("X", InteractionState.Suspended)]
    [InlineData("S", InteractionState.System)]
    [InlineData("I", InteractionState.InternalDisconnect)]
    [InlineData("E", InteractionState.ExternalDisconnect)]
    [InlineData("c", InteractionState.Connected)]
    [InlineData(" h ", InteractionState.Held)]
    [InlineData("", InteractionState.None)]
    [InlineData(null, InteractionState.None)]
    [InlineData("Z", InteractionState.None)]
    [InlineData("CH", InteractionState.None)]
    public void Eic_State_letters_map_to_states(string? code, InteractionState expected) =>
        Assert.Equal(expected, InteractionStateCodes.Parse(code));

    [Fact]
    public void Every_state_round_trips_through_its_code()
    {
        foreach (var state in Enum.GetValues<InteractionState>())
            Assert.Equal(state, InteractionStateCodes.Parse(InteractionStateCodes.ToCode(state)));
        Assert.Equal("", InteractionStateCodes.ToCode(InteractionState.None));
    }

    [Fact]
    public void Softphone_attribute_list_holds_every_named_attribute_once()
    {
        var constants = typeof(IcwsAttributeNames).GetFields()
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        Assert.Equal(20, constants.Count);
        Assert.Equal(constants.Order(), IcwsAttributeNames.Softphone.Order());
        Assert.All(constants, name => Assert.StartsWith("Eic_", name, StringComparison.Ordinal));
    }
}
