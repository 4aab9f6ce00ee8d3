using PureConnect.Icws.Messages;

namespace PureConnect.Icws.UnitTests.Callbacks;

public sealed class CallbackMessageParserTests
{
    [Fact]
    public void A_callback_message_carries_the_number_subject_requester_attempts_call_and_snooze()
    {
        var message = Assert.IsType<CallbackMessage>(IcwsMessageParser.Parse("""
            {"__type":"urn:inin.com:interactions.callback:callbackMessage","isDelta":true,"interactionId":"1001","target":"+13175550170",
             "subject":"About my invoice","name":"Robin Requester","attempts":1,"maxAttempts":2,"associatedCallId":"1002","snoozed":true}
            """));

        Assert.True(message.IsDelta);
        Assert.Equal(new CallbackMessage("1001", "+13175550170", "About my invoice", "Robin Requester", 1, 2, "1002", true) { IsDelta = true }, message);
    }

    [Fact]
    public void Fields_the_server_leaves_out_are_null()
    {
        var message = Assert.IsType<CallbackMessage>(IcwsMessageParser.Parse("""
            {"__type":"urn:inin.com:interactions.callback:callbackMessage","isDelta":false,"interactionId":"1001","target":"+13175550170","subject":""}
            """));

        Assert.Equal((null, null, null, null, null), (message.Name, message.Attempts, message.MaxAttempts, message.AssociatedCallId, message.Snoozed));
    }
}
