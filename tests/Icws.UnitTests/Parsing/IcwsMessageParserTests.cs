using PureConnect.Icws.Messages;
using PureConnect.Icws.UnitTests.Harness;

namespace PureConnect.Icws.UnitTests.Parsing;

public sealed class IcwsMessageParserTests
{
    [Fact]
    public void Queue_contents_carry_added_changed_and_removed_interactions()
    {
        var message = Assert.IsType<QueueContentsMessage>(IcwsMessageParser.Parse(CannedIcws.QueueContents));

        Assert.Equal(IcwsMessageTypes.QueueContents, message.Type);
        Assert.True(message.IsDelta);
        Assert.Equal("my-queue", message.SubscriptionId);
        var added = Assert.Single(message.Added);
        Assert.Equal("1001", added.InteractionId);
        Assert.Equal("2000", added.ConferenceParentId);
        Assert.Equal("A", added.Attributes["eic_state"]);
        Assert.Equal("", added.Attributes["Eic_Muted"]);
        Assert.Equal("4356", added.Attributes["Eic_Capabilities"]);
        var changed = Assert.Single(message.Changed);
        Assert.Equal("C", changed.Attributes["Eic_State"]);
        Assert.Null(changed.ConferenceParentId);
        Assert.Equal(["1003"], message.Removed);
    }

    [Fact]
    public void Missing_optional_arrays_read_as_empty()
    {
        var message = Assert.IsType<QueueContentsMessage>(IcwsMessageParser.Parse(
            """{"__type":"urn:inin.com:queues:queueContentsMessage","isDelta":false,"subscriptionId":"s","interactionsRemoved":null}"""));

        Assert.False(message.IsDelta);
        Assert.Empty(message.Added);
        Assert.Empty(message.Changed);
        Assert.Empty(message.Removed);
    }

    [Fact]
    public void User_statuses_read_both_date_forms_and_leave_absent_fields_null()
    {
        var message = Assert.IsType<UserStatusMessage>(IcwsMessageParser.Parse(CannedIcws.UserStatusMessage));

        Assert.False(message.IsDelta);
        Assert.Equal(2, message.Statuses.Count);
        var full = message.Statuses[0];
        Assert.Equal(("agent1", "Available", "back soon", "555"), (full.UserId, full.StatusId, full.Notes, full.ForwardNumber));
        Assert.Equal(new StatusUntil(new DateTimeOffset(2024, 3, 12, 17, 0, 0, TimeSpan.Zero), true, true), full.Until);
        Assert.True(full.OnPhone);
        Assert.Equal(new DateTimeOffset(2024, 3, 12, 14, 15, 3, TimeSpan.Zero), full.OnPhoneChanged);
        Assert.Equal(new DateTimeOffset(2024, 3, 12, 14, 10, 0, 250, TimeSpan.Zero), full.StatusChanged);
        Assert.Equal(["7001"], full.Stations);
        Assert.True(full.LoggedIn);
        var sparse = message.Statuses[1];
        Assert.Equal("Gone Home", sparse.StatusId);
        Assert.Null(sparse.Until);
        Assert.Null(sparse.OnPhone);
        Assert.Null(sparse.LoggedIn);
        Assert.Empty(sparse.Stations);
    }

    [Fact]
    public void Status_messages_message_lists_definitions_and_removed_ids()
    {
        var json = $$"""
            {"__type":"urn:inin.com:status:statusMessagesMessage","isDelta":true,"statusMessagesAdded":[{{CannedIcws.StatusMessageJson}}],
             "statusMessagesRemoved":["Lunch"]}
            """;

        var message = Assert.IsType<StatusMessagesMessage>(IcwsMessageParser.Parse(json));

        var status = Assert.Single(message.Added);
        Assert.Equal("Available", status.StatusId);
        Assert.True(status.CanHaveTime);
        Assert.False(status.CanHaveDate);
        Assert.True(status.IsAcdStatus);
        Assert.True(status.IsSelectableStatus);
        Assert.Equal("/icws/icons/available.png", status.IconUri);
        Assert.Empty(message.Changed);
        Assert.Equal(["Lunch"], message.Removed);
    }

    [Fact]
    public void Connection_state_change_reports_the_new_state_and_reconnect_advice()
    {
        var message = Assert.IsType<ConnectionStateChangeMessage>(IcwsMessageParser.Parse(CannedIcws.ConnectionDown("Switchover")));

        Assert.Equal(new ConnectionStateChangeMessage(1, 2, "Switchover", true) { IsDelta = true }, message);
    }

    [Fact]
    public void Station_change_reads_previous_and_new_station()
    {
        var json = $$"""
            {"__type":"urn:inin.com:connection:stationConnectionStateChangeMessage","isDelta":false,
             "newStationInfo":{{CannedIcws.StationInfoJson}}}
            """;

        var message = Assert.IsType<StationConnectionStateChangeMessage>(IcwsMessageParser.Parse(json));

        Assert.Null(message.Previous);
        Assert.Equal(new StationInfo("7001", "7001", 1, null), message.New);
    }

    [Theory]
    [InlineData("""{"message":"Queue faulted"}""", "Queue faulted")]
    [InlineData("\"plain text\"", "plain text")]
    [InlineData("null", null)]
    public void Queue_subscription_state_reads_the_error_as_object_or_text(string error, string? expected)
    {
        var json = $$"""{"__type":"urn:inin.com:queues:queueSubscriptionStateMessage","isDelta":true,"subscriptionId":"q1","state":3,"error":{{error}}}""";

        var message = Assert.IsType<QueueSubscriptionStateMessage>(IcwsMessageParser.Parse(json));

        Assert.Equal(new QueueSubscriptionStateMessage("q1", 3, expected) { IsDelta = true }, message);
    }

    [Fact]
    public void Unknown_type_is_kept_with_its_raw_json()
    {
        const string json = """{"__type":"urn:inin.com:licenses:licenseMessage","isDelta":true,"licenseAssignedStatusList":[]}""";

        var message = Assert.IsType<UnknownMessage>(IcwsMessageParser.Parse(json));

        Assert.Equal("urn:inin.com:licenses:licenseMessage", message.Type);
        Assert.True(message.IsDelta);
        Assert.Equal(json, message.RawJson);
    }

    [Fact]
    public void Type_names_match_case_insensitively()
    {
        var message = IcwsMessageParser.Parse("""{"__type":"URN:ININ.COM:STATUS:USERSTATUSMESSAGE","isDelta":false}""");

        Assert.Equal(IcwsMessageTypes.UserStatus, Assert.IsType<UserStatusMessage>(message).Type);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("""{"__type":"urn:inin.com:queues:queueContentsMessage","isDelta":true""")]
    [InlineData("""{"isDelta":true}""")]
    [InlineData("[1,2]")]
    [InlineData("""{"__type":"urn:inin.com:queues:queueContentsMessage","isDelta":true}""")]
    [InlineData("""{"__type":"urn:inin.com:queues:queueContentsMessage","subscriptionId":"s","interactionsAdded":42}""")]
    [InlineData("""{"__type":"urn:inin.com:queues:queueContentsMessage","subscriptionId":"s","interactionsAdded":[{"attributes":{}}]}""")]
    [InlineData("""{"__type":"urn:inin.com:connection:connectionStateChangeMessage","newConnectionState":"down"}""")]
    [InlineData("""{"__type":"urn:inin.com:status:userStatusMessage","isDelta":"maybe"}""")]
    public void Malformed_input_becomes_a_malformed_message_instead_of_an_exception(string text)
    {
        var message = Assert.IsType<MalformedMessage>(IcwsMessageParser.Parse(text));

        Assert.Equal("", message.Type);
        Assert.Equal(text, message.RawText);
        Assert.False(string.IsNullOrWhiteSpace(message.Error));
    }

    [Fact]
    public void A_polling_response_yields_each_message_and_isolates_bad_ones()
    {
        var json = $"[{CannedIcws.QueueContents}, 17, {CannedIcws.UserStatusMessage}]";

        var messages = IcwsMessageParser.ParseArray(json);

        Assert.Collection(
            messages,
            m => Assert.IsType<QueueContentsMessage>(m),
            m => Assert.Equal("17", Assert.IsType<MalformedMessage>(m).RawText),
            m => Assert.IsType<UserStatusMessage>(m));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("[]")]
    public void An_empty_polling_response_yields_nothing(string json) => Assert.Empty(IcwsMessageParser.ParseArray(json));

    [Theory]
    [InlineData("[{\"__type\":")]
    [InlineData("\"text\"")]
    public void An_unreadable_polling_response_yields_one_malformed_message(string json) =>
        Assert.Equal(json, Assert.IsType<MalformedMessage>(Assert.Single(IcwsMessageParser.ParseArray(json))).RawText);
}
