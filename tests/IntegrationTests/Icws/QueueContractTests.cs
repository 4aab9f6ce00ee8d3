using System.Diagnostics;
using PureConnect.Icws;
using PureConnect.Icws.Interactions;
using PureConnect.Icws.Messages;

namespace PureConnect.IntegrationTests.Icws;

/// <summary>Queue subscriptions, call commands and placed calls (reference §5.1, §7, §8), client against simulator over HTTP.</summary>
public sealed class QueueContractTests(CicSimulatorFixture sim) : IClassFixture<CicSimulatorFixture>
{
    private const string State = IcwsAttributeNames.Eic_State;

    [Fact]
    public async Task A_queue_subscription_starts_with_a_full_snapshot_then_sends_a_delta_for_an_injected_call()
    {
        var agent = await sim.NewAgentAsync();
        await using var session = await sim.LoginWithStationAsync(agent);
        var waiting = await sim.Control.InjectCallAsync("3175550120", user: agent.UserId);
        await using var messages = MessagePump.Start(session);

        await session.SubscribeQueueAsync("my-queue", [new QueueId(QueueType.User, agent.UserId)], IcwsAttributeNames.Softphone);

        var snapshot = await messages.NextAsync<QueueContentsMessage>();
        Assert.False(snapshot.IsDelta);
        Assert.Equal("my-queue", snapshot.SubscriptionId);
        var present = Assert.Single(snapshot.Added);
        Assert.Equal(waiting, present.InteractionId);
        Assert.Equal("A", present.Attributes[State]);
        Assert.All(IcwsAttributeNames.Softphone, name => Assert.True(present.Attributes.ContainsKey(name), $"{name} in the snapshot"));

        var incoming = await sim.Control.InjectCallAsync("3175550121", user: agent.UserId);

        var delta = await messages.NextAsync<QueueContentsMessage>();
        Assert.True(delta.IsDelta);
        Assert.Equal("my-queue", delta.SubscriptionId);
        var added = Assert.Single(delta.Added);
        Assert.Equal(incoming, added.InteractionId);
        Assert.Equal(("A", "I", "3175550121", agent.UserId), (
            added.Attributes[State], added.Attributes[IcwsAttributeNames.Eic_CallDirection],
            added.Attributes[IcwsAttributeNames.Eic_RemoteAddress], added.Attributes[IcwsAttributeNames.Eic_UserName]));
        Assert.Matches("^[0-9]{10}$", incoming);
        Assert.Empty(delta.Changed);
        Assert.Empty(delta.Removed);
    }

    [Fact]
    public async Task Pickup_hold_mute_and_disconnect_show_as_state_and_mute_changes_and_the_call_leaves_after_the_deallocation_delay()
    {
        var agent = await sim.NewAgentAsync();
        await using var session = await sim.LoginWithStationAsync(agent);
        await using var messages = MessagePump.Start(session);
        await session.SubscribeQueueAsync("q", [new QueueId(QueueType.User, agent.UserId)], [State, IcwsAttributeNames.Eic_Muted]);
        Assert.Empty((await messages.NextAsync<QueueContentsMessage>()).Added);
        var call = await sim.Control.InjectCallAsync("3175550122", user: agent.UserId);
        Assert.Equal("A", (await NextAddedAsync(messages, call))[State]);

        await session.PickupAsync(call);
        Assert.Equal("C", (await NextChangeAsync(messages, call))[State]);

        await session.HoldAsync(call, on: true);
        Assert.Equal("H", (await NextChangeAsync(messages, call))[State]);

        await session.HoldAsync(call, on: false);
        Assert.Equal("C", (await NextChangeAsync(messages, call))[State]);

        await session.MuteAsync(call, on: true);
        var muted = await NextChangeAsync(messages, call);
        Assert.Equal("1", muted[IcwsAttributeNames.Eic_Muted]);
        Assert.False(muted.ContainsKey(State), "a delta carries only what changed");

        await session.MuteAsync(call, on: false);
        Assert.Equal("0", (await NextChangeAsync(messages, call))[IcwsAttributeNames.Eic_Muted]);

        var clock = Stopwatch.StartNew();
        await session.DisconnectAsync(call);
        Assert.Equal("I", (await NextChangeAsync(messages, call))[State]);

        var removal = await messages.NextAsync<QueueContentsMessage>(m => m.Removed.Contains(call), because: "the deallocation");
        Assert.True(removal.IsDelta);
        Assert.True(clock.Elapsed >= CicSimulatorFixture.DeallocationDelay - TimeSpan.FromMilliseconds(50),
            $"removed after {clock.Elapsed}, before the deallocation delay {CicSimulatorFixture.DeallocationDelay}");
    }

    [Fact]
    public async Task Pickup_takes_a_held_call_off_hold()
    {
        var agent = await sim.NewAgentAsync();
        await using var session = await sim.LoginWithStationAsync(agent);
        var call = await sim.Control.InjectCallAsync("3175550123", user: agent.UserId);
        await session.PickupAsync(call);
        await session.HoldAsync(call, on: true);
        Assert.Equal("H", (await session.GetAttributesAsync(call, [State]))[State]);

        await session.PickupAsync(call);

        Assert.Equal("C", (await session.GetAttributesAsync(call, [State]))[State]);
    }

    [Fact]
    public async Task A_remote_hang_up_shows_as_state_E()
    {
        var agent = await sim.NewAgentAsync();
        await using var session = await sim.LoginWithStationAsync(agent);
        await using var messages = MessagePump.Start(session);
        await session.SubscribeQueueAsync("q", [new QueueId(QueueType.User, agent.UserId)], [State, IcwsAttributeNames.Eic_TerminationTime]);
        await messages.NextAsync<QueueContentsMessage>();
        var call = await sim.Control.InjectCallAsync("3175550124", user: agent.UserId);
        await session.PickupAsync(call);

        await sim.Control.RemoteDisconnectAsync(call);

        var ended = await NextChangeAsync(messages, call, m => m[State] == "E");
        Assert.True(IcwsDateTime.TryParse(ended[IcwsAttributeNames.Eic_TerminationTime], out _), "termination time in ICWS date form");
    }

    [Fact]
    public async Task An_ACD_call_to_a_workgroup_is_offered_to_an_available_member_and_shows_on_the_workgroup_queue()
    {
        var agent = await sim.NewAgentAsync();
        var workgroup = sim.UniqueName("wg");
        await sim.Control.AddWorkgroupAsync(workgroup, [agent.UserId]);
        await using var session = await sim.LoginWithStationAsync(agent);
        await using var messages = MessagePump.Start(session);
        await session.SubscribeQueueAsync("wg", [new QueueId(QueueType.Workgroup, workgroup)], IcwsAttributeNames.Softphone);
        Assert.False((await messages.NextAsync<QueueContentsMessage>()).IsDelta);

        var call = await sim.Control.InjectCallAsync("3175550125", workgroup: workgroup);

        var offered = await NextAddedAsync(messages, call);
        Assert.Equal(("A", workgroup, agent.UserId), (offered[State], offered[IcwsAttributeNames.Eic_WorkgroupName], offered[IcwsAttributeNames.Eic_UserName]));
    }

    [Fact]
    public async Task Make_call_returns_an_interaction_id_whose_state_goes_from_proceeding_to_connected()
    {
        var agent = await sim.NewAgentAsync();
        await using var session = await sim.LoginWithStationAsync(agent);
        await using var messages = MessagePump.Start(session);
        await session.SubscribeQueueAsync("q", [new QueueId(QueueType.User, agent.UserId)], [State, IcwsAttributeNames.Eic_CallDirection]);
        await messages.NextAsync<QueueContentsMessage>();

        var call = await session.MakeCallAsync("+1 317 555 0126");

        Assert.Matches("^[0-9]{10}$", call);
        var added = await NextAddedAsync(messages, call);
        Assert.Equal(("R", "O"), (added[State], added[IcwsAttributeNames.Eic_CallDirection]));
        Assert.Equal("C", (await NextChangeAsync(messages, call))[State]);
        var attributes = await session.GetAttributesAsync(call, [State, IcwsAttributeNames.Eic_RemoteAddress, IcwsAttributeNames.Eic_CallId]);
        Assert.Equal(("C", "+1 317 555 0126", call), (attributes[State], attributes[IcwsAttributeNames.Eic_RemoteAddress], attributes["eic_callid"]));
    }

    [Fact]
    public async Task A_look_up_of_one_interaction_answers_its_state_while_CIC_has_it_and_nothing_once_it_is_deallocated()
    {
        var agent = await sim.NewAgentAsync();
        await using var session = await sim.LoginWithStationAsync(agent);
        var call = await sim.Control.InjectCallAsync("3175550128", user: agent.UserId);

        Assert.Equal("A", (await session.FindAttributesAsync(call, [State]))?[State]);
        await sim.Control.RemoteDisconnectAsync(call);
        // Ended but not yet deallocated it says so; a slow machine may already have passed the deallocation delay.
        var ended = await session.FindAttributesAsync(call, [State]);
        Assert.True(ended is null || ended[State] == "E", $"ended or gone, not {ended?[State]}");

        await Infrastructure.Eventually.MatchesAsync(() => session.FindAttributesAsync(call, [State]), a => a is null,
            because: "the look-up of a deallocated interaction to find nothing (404)");
        var error = await Assert.ThrowsAsync<IcwsRequestException>(() => session.GetAttributesAsync(call, [State]));
        Assert.Equal(404, error.StatusCode);
    }

    [Fact]
    public async Task Make_call_without_a_station_is_refused_with_the_no_station_error()
    {
        var agent = await sim.NewAgentAsync();
        await using var session = await sim.LoginAsync(agent);

        var error = await Assert.ThrowsAsync<IcwsRequestException>(() => session.MakeCallAsync("3175550127"));

        Assert.Equal((400, "error.request.noStation"), (error.StatusCode, error.ErrorId));
    }

    [Fact]
    public async Task A_command_on_an_interaction_that_does_not_exist_raises_IcwsRequestException_404()
    {
        var agent = await sim.NewAgentAsync();
        await using var session = await sim.LoginWithStationAsync(agent);

        var error = await Assert.ThrowsAsync<IcwsRequestException>(() => session.PickupAsync("9999999999"));

        Assert.Equal(404, error.StatusCode);
        Assert.Equal("error.request.interactions.interactionNotFound", error.ErrorId);
    }

    [Fact]
    public async Task Custom_attributes_set_by_the_client_are_read_back_and_server_attributes_are_read_only()
    {
        var agent = await sim.NewAgentAsync();
        await using var session = await sim.LoginWithStationAsync(agent);
        var call = await sim.Control.InjectCallAsync("3175550128", user: agent.UserId);

        await session.SetAttributesAsync(call, new Dictionary<string, string> { ["CRM_CaseId"] = "case-42" });

        Assert.Equal("case-42", (await session.GetAttributesAsync(call, ["crm_caseid"]))["CRM_CaseId"]);
        var error = await Assert.ThrowsAsync<IcwsRequestException>(
            () => session.SetAttributesAsync(call, new Dictionary<string, string> { [State] = "C" }));
        Assert.Equal(400, error.StatusCode);
    }

    private static async Task<IReadOnlyDictionary<string, string>> NextAddedAsync(MessagePump messages, string interactionId)
    {
        var message = await messages.NextAsync<QueueContentsMessage>(m => m.Added.Any(i => i.InteractionId == interactionId), because: $"{interactionId} added");
        Assert.True(message.IsDelta);
        return message.Added.Single(i => i.InteractionId == interactionId).Attributes;
    }

    private static async Task<IReadOnlyDictionary<string, string>> NextChangeAsync(
        MessagePump messages, string interactionId, Func<IReadOnlyDictionary<string, string>, bool>? match = null)
    {
        var message = await messages.NextAsync<QueueContentsMessage>(
            m => m.Changed.Any(i => i.InteractionId == interactionId && (match?.Invoke(i.Attributes) ?? true)), because: $"{interactionId} changed");
        Assert.True(message.IsDelta);
        return message.Changed.Single(i => i.InteractionId == interactionId).Attributes;
    }
}
