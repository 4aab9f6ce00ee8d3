using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;
using PureConnect.Icws.Messages;
using PureConnect.Icws.UnitTests.Harness;

namespace PureConnect.Icws.UnitTests.Messaging;

public sealed class MessageStreamTests
{
    private const string MessagesPath = "messaging/messages";

    [Fact]
    public async Task Server_sent_events_deliver_typed_malformed_and_unknown_messages_in_order()
    {
        await using var server = await FakeIcwsServer.StartAsync();
        server.MessagingVersion = 2;
        server.On("GET", MessagesPath, context => StreamEvents(
            context,
            keepOpen: true,
            ":ping\n\n",
            CannedIcws.Event(CannedIcws.QueueContents),
            "data: {not json\n\n",
            CannedIcws.Event("""{"__type":"urn:inin.com:interactions:interactionAlertingMessage","isDelta":false}""")));
        await using var session = await IcwsTestClient.ConnectAsync(server);

        var messages = await session.ReadMessagesAsync().Take(3).ToListAsync(IcwsTestClient.Deadline());

        Assert.IsType<QueueContentsMessage>(messages[0]);
        Assert.Equal("{not json", Assert.IsType<MalformedMessage>(messages[1]).RawText);
        Assert.Equal("urn:inin.com:interactions:interactionAlertingMessage", Assert.IsType<UnknownMessage>(messages[2]).Type);
        var open = Assert.Single(server.SessionRequests());
        Assert.Equal("text/event-stream", open.Header("Accept"));
        Assert.Equal(FakeIcwsServer.CookieValue, open.Header("Cookie"));
    }

    [Fact]
    public async Task An_event_stream_that_ends_is_reopened()
    {
        await using var server = await FakeIcwsServer.StartAsync();
        server.MessagingVersion = 2;
        var openings = 0;
        server.On("GET", MessagesPath, context => Interlocked.Increment(ref openings) == 1
            ? StreamEvents(context, keepOpen: false, CannedIcws.Event(CannedIcws.QueueMessage("1")))
            : StreamEvents(context, keepOpen: true, CannedIcws.Event(CannedIcws.QueueMessage("2"))));
        await using var session = await IcwsTestClient.ConnectAsync(server);

        var messages = await session.ReadMessagesAsync().Take(2).ToListAsync(IcwsTestClient.Deadline());

        Assert.Equal(["1", "2"], messages.Cast<QueueContentsMessage>().Select(m => m.Added[0].InteractionId));
        Assert.All(server.SessionRequests(), r => Assert.Equal("text/event-stream", r.Header("Accept")));
    }

    [Fact]
    public async Task Repeated_event_stream_failures_fall_back_to_short_polling()
    {
        await using var server = await FakeIcwsServer.StartAsync();
        server.MessagingVersion = 2;
        var polls = 0;
        server.On("GET", MessagesPath, context =>
        {
            if (IsEventStreamRequest(context))
                return FakeIcwsServer.Error(context, 500, "error.server", "No streams today.");
            return FakeIcwsServer.Respond(context, 200, Interlocked.Increment(ref polls) == 1 ? $"[{CannedIcws.QueueMessage("7")}]" : "[]");
        });
        await using var session = await IcwsTestClient.ConnectAsync(server);

        var message = await session.ReadMessagesAsync().FirstAsync(IcwsTestClient.Deadline());

        Assert.Equal("7", Assert.IsType<QueueContentsMessage>(message).Added[0].InteractionId);
        Assert.Equal(3, server.SessionRequests().Count(r => r.Header("Accept") == "text/event-stream"));
    }

    [Fact]
    public async Task A_silent_event_stream_is_reopened_after_the_idle_timeout()
    {
        await using var server = await FakeIcwsServer.StartAsync();
        server.MessagingVersion = 2;
        var openings = 0;
        server.On("GET", MessagesPath, context => StreamEvents(
            context, keepOpen: true, CannedIcws.Event(CannedIcws.QueueMessage(Interlocked.Increment(ref openings).ToString(CultureInfo.InvariantCulture)))));
        var time = new FakeTimeProvider();
        await using var session = await IcwsTestClient.ConnectAsync(server, time: time);
        await using var messages = session.ReadMessagesAsync(IcwsTestClient.Deadline()).GetAsyncEnumerator();
        Assert.True(await messages.MoveNextAsync());

        var second = messages.MoveNextAsync().AsTask();
        while (!second.IsCompleted && Volatile.Read(ref openings) < 5)
        {
            time.Advance(TimeSpan.FromSeconds(30));
            await Task.WhenAny(second, Task.Delay(20));
        }

        Assert.True(await second);
        Assert.Equal("2", Assert.IsType<QueueContentsMessage>(messages.Current).Added[0].InteractionId);
    }

    [Fact]
    public async Task A_server_answering_the_event_stream_with_json_is_polled_instead()
    {
        await using var server = await FakeIcwsServer.StartAsync();
        server.MessagingVersion = 2;
        var calls = 0;
        server.On("GET", MessagesPath, context => FakeIcwsServer.Respond(
            context, 200, $"[{CannedIcws.QueueMessage(Interlocked.Increment(ref calls).ToString(CultureInfo.InvariantCulture))}]"));
        await using var session = await IcwsTestClient.ConnectAsync(server);

        var messages = await session.ReadMessagesAsync().Take(2).ToListAsync(IcwsTestClient.Deadline());

        Assert.Equal(["1", "2"], messages.Cast<QueueContentsMessage>().Select(m => m.Added[0].InteractionId));
        var requests = server.SessionRequests();
        Assert.Equal("text/event-stream", requests[0].Header("Accept"));
        Assert.Equal("application/vnd.inin.icws+JSON", requests[1].Header("Accept"));
    }

    [Fact]
    public async Task Without_messaging_version_2_messages_are_polled()
    {
        await using var server = await FakeIcwsServer.StartAsync();
        var polls = 0;
        server.On("GET", MessagesPath, context => FakeIcwsServer.Respond(
            context,
            200,
            Interlocked.Increment(ref polls) switch
            {
                1 => $"[{CannedIcws.QueueMessage("1")},{CannedIcws.UserStatusMessage}]",
                2 => "",
                _ => $"[{CannedIcws.QueueMessage("3")}]",
            }));
        await using var session = await IcwsTestClient.ConnectAsync(server);

        var messages = await session.ReadMessagesAsync().Take(3).ToListAsync(IcwsTestClient.Deadline());

        Assert.Collection(
            messages,
            m => Assert.IsType<QueueContentsMessage>(m),
            m => Assert.IsType<UserStatusMessage>(m),
            m => Assert.Equal("3", Assert.IsType<QueueContentsMessage>(m).Added[0].InteractionId));
        Assert.All(server.SessionRequests(), r => Assert.Equal("application/vnd.inin.icws+JSON", r.Header("Accept")));
    }

    [Fact]
    public async Task Server_sent_events_are_not_used_when_polling_is_preferred()
    {
        await using var server = await FakeIcwsServer.StartAsync();
        server.MessagingVersion = 2;
        server.On("GET", MessagesPath, 200, $"[{CannedIcws.QueueMessage("1")}]");
        await using var session = await IcwsTestClient.ConnectAsync(server, o => o.PreferServerSentEvents = false);

        await session.ReadMessagesAsync().FirstAsync(IcwsTestClient.Deadline());

        Assert.DoesNotContain(server.SessionRequests(), r => r.Header("Accept") == "text/event-stream");
    }

    [Fact]
    public async Task Transient_poll_failures_are_retried()
    {
        await using var server = await FakeIcwsServer.StartAsync();
        var polls = 0;
        server.On("GET", MessagesPath, context => Interlocked.Increment(ref polls) <= 2
            ? FakeIcwsServer.Error(context, 503, "error.server.unavailable", "Busy.")
            : FakeIcwsServer.Respond(context, 200, $"[{CannedIcws.QueueMessage("9")}]"));
        await using var session = await IcwsTestClient.ConnectAsync(server);

        var message = await session.ReadMessagesAsync().FirstAsync(IcwsTestClient.Deadline());

        Assert.Equal("9", Assert.IsType<QueueContentsMessage>(message).Added[0].InteractionId);
    }

    [Theory]
    [InlineData(1, 401)]
    [InlineData(1, 410)]
    [InlineData(2, 401)]
    public async Task A_401_or_410_ends_the_stream_with_session_expired(int messagingVersion, int status)
    {
        await using var server = await FakeIcwsServer.StartAsync();
        server.MessagingVersion = messagingVersion;
        server.On("GET", MessagesPath, context => FakeIcwsServer.Error(context, status, "error.request.session.invalid", "Session expired."));
        await using var session = await IcwsTestClient.ConnectAsync(server);

        await Assert.ThrowsAsync<IcwsSessionExpiredException>(
            async () => await session.ReadMessagesAsync().ToListAsync(IcwsTestClient.Deadline()));
    }

    [Fact]
    public async Task A_connection_down_message_is_delivered_then_the_stream_ends_with_session_expired()
    {
        await using var server = await FakeIcwsServer.StartAsync();
        server.On("GET", MessagesPath, 200, $"[{CannedIcws.ConnectionDown("Switchover")}]");
        await using var session = await IcwsTestClient.ConnectAsync(server);
        var received = new List<IcwsMessage>();

        var error = await Assert.ThrowsAsync<IcwsSessionExpiredException>(async () =>
        {
            await foreach (var message in session.ReadMessagesAsync(IcwsTestClient.Deadline()))
                received.Add(message);
        });

        Assert.Equal(2, Assert.IsType<ConnectionStateChangeMessage>(Assert.Single(received)).NewState);
        Assert.Contains("Switchover", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Logging_out_ends_the_stream_quietly(int messagingVersion)
    {
        await using var server = await FakeIcwsServer.StartAsync();
        server.MessagingVersion = messagingVersion;
        server.On("GET", MessagesPath, context => messagingVersion >= 2
            ? StreamEvents(context, keepOpen: true, CannedIcws.Event(CannedIcws.QueueMessage("1")))
            : FakeIcwsServer.Respond(context, 200, $"[{CannedIcws.QueueMessage("1")}]"));
        server.On("DELETE", "connection", 200);
        var session = await IcwsTestClient.ConnectAsync(server);
        var first = new TaskCompletionSource();
        var reading = Task.Run(async () =>
        {
            var count = 0;
            await foreach (var _ in session.ReadMessagesAsync(IcwsTestClient.Deadline()))
            {
                count++;
                first.TrySetResult();
            }

            return count;
        });

        await first.Task.WaitAsync(IcwsTestClient.Deadline());
        await session.LogoutAsync();

        Assert.True(await reading.WaitAsync(IcwsTestClient.Deadline()) >= 1);
    }

    [Fact]
    public async Task Cancelling_the_reader_throws_operation_canceled()
    {
        await using var server = await FakeIcwsServer.StartAsync();
        server.On("GET", MessagesPath, 200, "[]");
        await using var session = await IcwsTestClient.ConnectAsync(server);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await session.ReadMessagesAsync(cts.Token).ToListAsync(cts.Token));
    }

    private static bool IsEventStreamRequest(HttpContext context) =>
        context.Request.Headers.Accept.ToString().Contains("text/event-stream", StringComparison.Ordinal);

    private static async Task StreamEvents(HttpContext context, bool keepOpen, params string[] events)
    {
        context.Response.ContentType = "text/event-stream";
        foreach (var item in events)
        {
            await context.Response.WriteAsync(item, context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
        }

        if (keepOpen)
        {
            try
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The client went away.
            }
        }
    }
}
