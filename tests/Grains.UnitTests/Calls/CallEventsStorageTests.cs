using PureConnect.Grains.Calls;
using PureConnect.Grains.EventSourcing;
using static PureConnect.Grains.UnitTests.Calls.TestCalls;

namespace PureConnect.Grains.UnitTests.Calls;

/// <summary>Every call event is stored under its versioned name and reads back equal.</summary>
public sealed class CallEventsStorageTests
{
    private static readonly EventSerializer Serializer = EventSerializer.ForContracts();

    public static TheoryData<object, string> Events => new()
    {
        { new AdHocRecordingStarted(Agent, 1, At), "V1.AdHocRecordingStarted" },
        { new AdHocRecordingStopped(Agent, At), "V1.AdHocRecordingStopped" },
        { new SnippetRecordingStarted(null, Agent, 1, At), "V1.SnippetRecordingStarted" },
        { new SnippetRecordingStopped(Agent, At), "V1.SnippetRecordingStopped" },
        { new SecurePauseStarted(Agent, At.AddSeconds(60), At), "V1.SecurePauseStarted" },
        { new SecurePauseReset(Agent, At.AddSeconds(60), At), "V1.SecurePauseReset" },
        { new SecurePauseEnded(Agent, At), "V1.SecurePauseEnded" },
        { new InteractionTransferred(Agent, new TransferTarget(TransferTargetKind.Workgroup, "Sales"), false, At), "V1.InteractionTransferred" },
        { new ConsultStarted(Agent, new TransferTarget(TransferTargetKind.User, "bob"), At), "V1.ConsultStarted" },
        { new ConsultModeChanged(ConsultMode.Both, At), "V1.ConsultModeChanged" },
        { new ConsultDisconnected(At), "V1.ConsultDisconnected" },
        { new ConferenceCreated("conf1", Agent, "A", "B", At), "V1.ConferenceCreated" },
        { new ConferenceCallAdded("C", At), "V1.ConferenceCallAdded" },
        { new ConferencePartyLeft(Agent, At), "V1.ConferencePartyLeft" },
        { new ConferenceEnded(At), "V1.ConferenceEnded" },
        { new AssistanceRequested(Agent, "Sales", "help", 1, At), "V1.AssistanceRequested" },
        { new AssistanceCompleted(At), "V1.AssistanceCompleted" },
        { new AdvancedDialSectionToggled(true, At), "V1.AdvancedDialSectionToggled" },
    };

    [Theory]
    [MemberData(nameof(Events))]
    public void A_call_event_is_stored_under_its_versioned_name_and_reads_back_equal(object @event, string name)
    {
        Assert.Equal(name, Serializer.NameOf(@event));
        Assert.Equal(@event, Serializer.Deserialize(name, Serializer.Serialize(@event)));
    }
}
