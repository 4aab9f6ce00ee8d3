using PureConnect.Grains.Interactions;
using PureConnect.Grains.Interactions.Callbacks;

namespace PureConnect.Grains.UnitTests.Interactions;

public sealed class IcwsInteractionTranslatorTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private static ObservedInteraction Translate(params (string Name, string Value)[] attributes) =>
        IcwsInteractionTranslator.Translate(new InteractionObservation("1000000001", "agent1",
            attributes.ToDictionary(a => a.Name, a => a.Value), At));

    [Theory]
    [InlineData("A", InteractionStatus.Alerting, DisconnectedBy.Unknown)]
    [InlineData("O", InteractionStatus.Offering, DisconnectedBy.Unknown)]
    [InlineData("C", InteractionStatus.Connected, DisconnectedBy.Unknown)]
    [InlineData("H", InteractionStatus.Held, DisconnectedBy.Unknown)]
    [InlineData("X", InteractionStatus.Held, DisconnectedBy.Unknown)]
    [InlineData("R", InteractionStatus.Dialing, DisconnectedBy.Unknown)]
    [InlineData("M", InteractionStatus.Voicemail, DisconnectedBy.Unknown)]
    [InlineData("I", InteractionStatus.Disconnected, DisconnectedBy.Agent)]
    [InlineData("E", InteractionStatus.Disconnected, DisconnectedBy.Remote)]
    [InlineData("", InteractionStatus.Unknown, DisconnectedBy.Unknown)]
    [InlineData("?", InteractionStatus.Unknown, DisconnectedBy.Unknown)]
    public void Eic_State_letters_map_to_statuses(string letter, InteractionStatus status, DisconnectedBy by)
    {
        var seen = Translate(("Eic_State", letter));

        Assert.Equal(status, seen.Status);
        Assert.Equal(by, seen.DisconnectedBy);
    }

    [Fact]
    public void Attribute_names_are_case_insensitive_and_times_use_the_compact_form()
    {
        var seen = Translate(("eic_calldirection", "O"), ("EIC_REMOTEADDRESS", "+13175550100"), ("Eic_ConnectTime", "20261124T085517Z"),
            ("Eic_Muted", "1"), ("Eic_CallType", "I"), ("Eic_WorkgroupName", ""));

        Assert.Equal(InteractionDirection.Outbound, seen.Direction);
        Assert.Equal("+13175550100", seen.RemoteAddress);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 8, 55, 17, TimeSpan.Zero), seen.ConnectedAt);
        Assert.True(seen.Muted);
        Assert.True(seen.Internal);
        Assert.Null(seen.Workgroup);
        Assert.Equal("agent1", seen.UserId);
    }

    [Fact]
    public void Missing_attributes_read_as_unknown()
    {
        var seen = Translate();

        Assert.Equal(InteractionStatus.Unknown, seen.Status);
        Assert.Null(seen.Muted);
        Assert.Equal(InteractionDirection.Unknown, seen.Direction);
    }

    [Fact]
    public void The_owner_is_the_user_CIC_assigned_the_call_to_not_the_queue_it_lingers_on()
    {
        Assert.Equal(("agent2", false), Owner(Translate(("Eic_UserName", "agent2"))));
        Assert.Equal(((string?)null, true), Owner(Translate(("Eic_UserName", ""))));
        Assert.Equal(("agent1", false), Owner(Translate(("Eic_State", "C"))));
    }

    private static (string? UserId, bool Unassigned) Owner(ObservedInteraction seen) => (seen.UserId, seen.Unassigned);

    [Theory]
    [InlineData("Success", CallbackOutcome.Success)]
    [InlineData("1", CallbackOutcome.Success)]
    [InlineData("Failure", CallbackOutcome.Failure)]
    [InlineData("2", CallbackOutcome.Failure)]
    [InlineData("", null)]
    [InlineData("0", null)]
    public void Callback_attributes_map_whichever_way_cic_encodes_the_completion(string completion, CallbackOutcome? outcome)
    {
        var seen = Translate(("Eic_ObjectType", "Callback"), ("Eic_CallbackPhone", "+13175550150"), ("Eic_Subject", "Call me"),
            ("Eic_CallbackCompletion", completion), ("Eic_CallbackAssociatedCallId", "1000000051"), ("Eic_CallbackAttempts", "1"),
            ("Eic_CallbackMaxAttempts", "3"));

        Assert.Equal(new ObservedCallback("+13175550150", "Call me", outcome, "1000000051", 1, 3), seen.Callback);
    }

    [Fact]
    public void An_observation_without_callback_attributes_concludes_nothing_about_a_callback()
    {
        Assert.Null(Translate(("Eic_State", "C")).Callback);
    }
}
