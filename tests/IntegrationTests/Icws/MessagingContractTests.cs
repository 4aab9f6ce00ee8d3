using PureConnect.Icws;
using PureConnect.Icws.Messages;
using PureConnect.IntegrationTests.Infrastructure;

namespace PureConnect.IntegrationTests.Icws;

/// <summary>The message channel (reference §4): server-sent events, short polling and their failures, over HTTP.</summary>
public sealed class MessagingContractTests(CicSimulatorFixture sim) : IClassFixture<CicSimulatorFixture>
{
    private static readonly Action<IcwsClientOptions> Polling = o => o.PreferServerSentEvents = false;

    [Fact]
    public async Task Messages_arrive_over_server_sent_events_when_the_server_offers_them()
    {
        var agent = await sim.NewAgentAsync();
        await using var session = await sim.LoginAsync(agent);
        await using var messages = MessagePump.Start(session);
        await WaitForEventStreamAsync(session);

        await session.SubscribeUserStatusesAsync([agent.UserId]);
        Assert.False((await messages.NextAsync<UserStatusMessage>()).IsDelta);
        await session.SetUserStatusAsync(agent.UserId, new UserStatusUpdate("Do Not Disturb"));

        Assert.True((await messages.NextAsync<UserStatusMessage>(HasStatus("Do Not Disturb"))).IsDelta);
        Assert.Equal(1, await sim.Control.SseConnectionsAsync(session.SessionId));
    }

    [Fact]
    public async Task Messages_arrive_by_short_polling_when_server_sent_events_are_not_preferred()
    {
        var agent = await sim.NewAgentAsync();
        await using var session = await sim.LoginAsync(agent, Polling);
        await using var messages = MessagePump.Start(session);

        await session.SubscribeUserStatusesAsync([agent.UserId]);
        Assert.False((await messages.NextAsync<UserStatusMessage>()).IsDelta);
        await session.SetUserStatusAsync(agent.UserId, new UserStatusUpdate("Do Not Disturb"));

        Assert.True((await messages.NextAsync<UserStatusMessage>(HasStatus("Do Not Disturb"))).IsDelta);
        Assert.Equal(0, await sim.Control.SseConnectionsAsync(session.SessionId));
    }

    [Fact]
    public async Task A_dropped_event_stream_is_reopened_and_the_messages_queued_meanwhile_arrive_in_order()
    {
        var agent = await sim.NewAgentAsync();
        await using var session = await sim.LoginAsync(agent);
        await using var messages = MessagePump.Start(session);
        await session.SubscribeUserStatusesAsync([agent.UserId]);
        await messages.NextAsync<UserStatusMessage>();
        await WaitForEventStreamAsync(session);

        await sim.Control.DropChannelAsync(session.SessionId);
        string[] notes = ["one", "two", "three", "four"];
        foreach (var note in notes)
        {
            await session.SetUserStatusAsync(agent.UserId, new UserStatusUpdate("Away from desk", Notes: note));
        }

        foreach (var note in notes)
        {
            var next = await messages.NextAsync<UserStatusMessage>(because: $"the status with note '{note}'");
            Assert.Equal(note, Assert.Single(next.Statuses).Notes);
        }

        await WaitForEventStreamAsync(session);
        Assert.Null(messages.Failure);
    }

    [Fact]
    public async Task An_expired_session_ends_the_event_stream_with_IcwsSessionExpiredException()
    {
        var agent = await sim.NewAgentAsync();
        await using var session = await sim.LoginAsync(agent);
        await using var messages = MessagePump.Start(session);
        await WaitForEventStreamAsync(session);

        await sim.Control.ExpireSessionAsync(session.SessionId);

        var (_, failure) = await messages.EndAsync();
        Assert.IsType<IcwsSessionExpiredException>(failure);
        var expired = await Assert.ThrowsAsync<IcwsSessionExpiredException>(() => session.GetStatusMessagesAsync());
        Assert.Equal(401, expired.StatusCode);
    }

    [Fact]
    public async Task An_expired_session_ends_short_polling_with_IcwsSessionExpiredException()
    {
        var agent = await sim.NewAgentAsync();
        await using var session = await sim.LoginAsync(agent, Polling);
        await using var messages = MessagePump.Start(session);
        await session.SubscribeUserStatusesAsync([agent.UserId]);
        await messages.NextAsync<UserStatusMessage>();

        await sim.Control.ExpireSessionAsync(session.SessionId);

        var (_, failure) = await messages.EndAsync();
        Assert.Equal(401, Assert.IsType<IcwsSessionExpiredException>(failure).StatusCode);
    }

    [Fact]
    public async Task A_malformed_message_and_an_unknown_message_type_are_yielded_without_breaking_the_event_stream()
    {
        var agent = await sim.NewAgentAsync();
        await using var session = await sim.LoginAsync(agent);
        await using var messages = MessagePump.Start(session);
        await session.SubscribeUserStatusesAsync([agent.UserId]);
        await messages.NextAsync<UserStatusMessage>();

        await sim.Control.RawMessageAsync(session.SessionId, "{\"__type\": \"urn:inin.com:queues:queueContentsMessage\", not json");
        await sim.Control.RawMessageAsync(session.SessionId, """{"__type":"urn:inin.com:contractTests:novelMessage","isDelta":true,"payload":{"n":1}}""");
        await session.SetUserStatusAsync(agent.UserId, new UserStatusUpdate("Do Not Disturb"));

        var malformed = await messages.NextAsync<IcwsMessage>();
        Assert.Contains("not json", Assert.IsType<MalformedMessage>(malformed).RawText, StringComparison.Ordinal);
        var unknown = Assert.IsType<UnknownMessage>(await messages.NextAsync<IcwsMessage>());
        Assert.Equal(("urn:inin.com:contractTests:novelMessage", true), (unknown.Type, unknown.IsDelta));
        Assert.Contains("\"payload\"", unknown.RawJson, StringComparison.Ordinal);
        Assert.IsType<UserStatusMessage>(await messages.NextAsync<IcwsMessage>());
        Assert.Null(messages.Failure);
    }

    [Fact]
    public async Task A_malformed_message_and_an_unknown_message_type_are_yielded_without_breaking_short_polling()
    {
        var agent = await sim.NewAgentAsync();
        await using var session = await sim.LoginAsync(agent, Polling);
        await using var messages = MessagePump.Start(session);

        // One at a time: a poll answers one JSON array, so whatever shares a poll with broken text is unreadable too.
        await sim.Control.RawMessageAsync(session.SessionId, "{\"__type\": \"urn:inin.com:status:userStatusMessage\", not json");
        Assert.Contains("not json", (await messages.NextAsync<MalformedMessage>()).RawText, StringComparison.Ordinal);
        await sim.Control.RawMessageAsync(session.SessionId, """{"__type":"urn:inin.com:contractTests:novelMessage","isDelta":false}""");
        Assert.Equal("urn:inin.com:contractTests:novelMessage", (await messages.NextAsync<UnknownMessage>()).Type);

        await session.SubscribeUserStatusesAsync([agent.UserId]);
        Assert.Equal(agent.UserId, Assert.Single((await messages.NextAsync<UserStatusMessage>()).Statuses).UserId);
        Assert.Null(messages.Failure);
    }

    [Fact]
    public async Task A_faulted_queue_subscription_state_reaches_the_client_with_its_error_text()
    {
        var agent = await sim.NewAgentAsync();
        await using var session = await sim.LoginAsync(agent);
        await using var messages = MessagePump.Start(session);
        await session.SubscribeQueueAsync("mine", [new QueueId(QueueType.User, agent.UserId)], ["Eic_State"]);
        await messages.NextAsync<QueueContentsMessage>();

        await sim.Control.QueueSubscriptionStateAsync(session.SessionId, "mine", 3, "queue server lost");

        var state = await messages.NextAsync<QueueSubscriptionStateMessage>();
        Assert.Equal(("mine", 3, "queue server lost"), (state.SubscriptionId, state.State, state.ErrorMessage));
    }

    private Task WaitForEventStreamAsync(IcwsSession session) =>
        Eventually.MatchesAsync(() => sim.Control.SseConnectionsAsync(session.SessionId), n => n == 1, TimeSpan.FromSeconds(5), "an open event stream");

    private static Func<UserStatusMessage, bool> HasStatus(string statusId) => m => m.Statuses.Any(s => s.StatusId == statusId);
}
