using PureConnect.Icws.Messages;
using PureConnect.Icws.Voicemail;

namespace PureConnect.Icws.UnitTests.Parsing;

/// <summary>Channels facts §4.2: the voicemail subscription's messages and the message-waiting count, kept as the user's box.</summary>
public sealed class VoicemailMessagesTests
{
    private const string Full = """
        [{"__type":"urn:inin.com:unifiedMessaging:voicemailMessagesMessage","isDelta":false,
          "voicemailMessagesAdded":[
            {"__type":"urn:inin.com:unifiedMessaging:voicemailMessageAdded","unifiedMessageId":"vm-1","state":0,"dateReceived":"2026-03-02T09:00:00Z",
             "from":"Pat Caller","subject":"Call me","attachments":[{"fileUri":"/icws/s1/unified-messaging/vm-1/attachments/vm-1.wav","fileName":"vm-1.wav","mimeType":"audio/wav"}],"durationSeconds":12},
            {"__type":"urn:inin.com:unifiedMessaging:voicemailMessageAdded","unifiedMessageId":"vm-2","state":1,"dateReceived":"2026-03-02T10:00:00Z",
             "from":"Lee","subject":"","attachments":[]}]},
         {"__type":"urn:inin.com:unifiedMessaging:mwiMessage","isDelta":false,"messagesWaiting":1}]
        """;

    private const string Delta = """
        [{"__type":"urn:inin.com:unifiedMessaging:voicemailMessagesMessage","isDelta":true,
          "voicemailMessagesChanged":[{"__type":"urn:inin.com:unifiedMessaging:voicemailMessage","unifiedMessageId":"vm-1","state":1}],
          "voicemailMessagesRemoved":["vm-2"]},
         {"__type":"urn:inin.com:unifiedMessaging:mwiMessage","isDelta":true,"messagesWaiting":0}]
        """;

    [Fact]
    public void The_full_list_then_changes_and_removals_keep_the_box()
    {
        var box = new VoicemailBox();
        var full = IcwsMessageParser.ParseArray(Full);
        var list = Assert.IsType<VoicemailMessagesMessage>(full[0]);
        Assert.True(list.Full);

        box.Observe(full);

        Assert.True(box.Known);
        var view = box.View();
        Assert.Equal(1, view.Waiting);
        Assert.Equal(["vm-2", "vm-1"], view.Messages.Select(m => m.Id));
        var first = box.Find("vm-1")!;
        Assert.Equal((false, "Pat Caller", TimeSpan.FromSeconds(12), "vm-1.wav"), (first.Read, first.From, first.Duration, first.Files[0].FileName));
        Assert.Null(box.Find("vm-2")!.Duration);

        box.Observe(IcwsMessageParser.ParseArray(Delta));

        view = box.View();
        Assert.Equal(0, view.Waiting);
        Assert.True(Assert.Single(view.Messages).Read);
        Assert.Null(box.Find("vm-2"));
    }

    [Fact]
    public void Changes_before_the_full_list_leave_the_box_unknown()
    {
        var box = new VoicemailBox();

        box.Observe(IcwsMessageParser.ParseArray(Delta));

        Assert.False(box.Known);
        Assert.Empty(box.View().Messages);
    }
}
