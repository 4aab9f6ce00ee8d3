using PureConnect.Icws.Messages;
using PureConnect.Icws.UnitTests.Harness;

namespace PureConnect.Icws.UnitTests.CallControls;

public sealed class ConferenceCommandTests
{
    [Fact]
    public async Task A_conference_shows_on_the_queue_and_its_members_name_their_parent()
    {
        await using var cic = await CicSimulator.StartAsync();
        var agent = await cic.LogInAsync("agent1");
        var a = await cic.ConnectedCallAsync(agent);
        var b = await cic.ConnectedCallAsync(agent);
        var c = await cic.ConnectedCallAsync(agent);

        var conferenceId = await agent.CreateConferenceAsync([a, b]);
        await agent.AddToConferenceAsync(conferenceId, [c]);

        Assert.Equal(conferenceId, await cic.AttributeAsync(a, "Eic_ConferenceId"));
        Assert.Equal("3", await cic.AttributeAsync(conferenceId, "Eic_ConferenceMemberCount"));
        await agent.SubscribeQueueAsync("mine", [new QueueId(QueueType.User, "agent1")], ["Eic_State", "Eic_ConferenceMemberCount"]);
        var snapshot = await FirstQueueMessageAsync(agent);
        Assert.Equal(conferenceId, snapshot.Added.Single(i => i.InteractionId == b).ConferenceParentId);
        Assert.Null(snapshot.Added.Single(i => i.InteractionId == conferenceId).ConferenceParentId);
    }

    [Fact]
    public async Task Dialer_calls_cannot_be_conferenced()
    {
        await using var cic = await CicSimulator.StartAsync();
        var agent = await cic.LogInAsync("agent1");
        var a = await cic.ConnectedCallAsync(agent);
        var dialer = await cic.CallAsync(user: "agent1", campaignId: "Spring Campaign");
        await agent.PickupAsync(dialer);

        var error = await Assert.ThrowsAsync<IcwsRequestException>(() => agent.CreateConferenceAsync([a, dialer]));

        Assert.Equal((400, IcwsCallControlErrors.DialerCallNotConferenceable), (error.StatusCode, error.ErrorId));
    }

    private static async Task<QueueContentsMessage> FirstQueueMessageAsync(IcwsSession session)
    {
        await foreach (var message in session.ReadMessagesAsync(IcwsTestClient.Deadline()))
        {
            if (message is QueueContentsMessage queue)
                return queue;
        }

        throw new InvalidOperationException("The message stream ended.");
    }
}
