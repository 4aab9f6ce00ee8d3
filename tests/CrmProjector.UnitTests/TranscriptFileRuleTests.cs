using System.Text;
using PureConnect.CallLogs;
using PureConnect.CrmProjector.CallLogs;
using PureConnect.Grains.Interactions;
using PureConnect.Grains.Interactions.Chats;
using PureConnect.Salesforce.Files;

namespace PureConnect.CrmProjector.UnitTests;

/// <summary>"The chat transcript in the Task's Description or as an attachment per configuration ... never duplicated": one transcript
/// file per Task, a new version when it changes, nothing when Salesforce already has it.</summary>
public sealed class TranscriptFileRuleTests
{
    private const string TaskId = "00T0SIM0000000AAAAA";
    private static readonly DateTimeOffset Connected = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);
    private static readonly CallLogOptions AsAttachment = new() { ChatTranscript = ChatTranscriptPlacement.Attachment };

    private static CallLogState Fold(params InteractionEvent[] events) =>
        events.Select((e, i) => (e, i)).Aggregate(CallLogState.Empty, (s, p) => CallLogProjection.Evolve(s, "100100000220261206", p.i + 1, p.e));

    private static InteractionEvent[] Chat(params InteractionEvent[] more) =>
    [
        new InteractionDiscovered("1001000002", "Chat", InteractionDirection.Inbound, "vera@example.com", "Vera Visitor", "Sales", false, Connected, Connected),
        new ChatTextAdded("v-1", "Vera Visitor", ChatParty.Visitor, "Hello, my order is late", Connected.AddSeconds(-5), Connected),
        new InteractionConnected(Connected),
        .. more,
    ];

    private static AttachedFile File(string text, string document = "0690SIM0000000AAAAA", string path = CallLogTranscript.FileName, string recordId = TaskId) =>
        new(recordId, document, "0680SIM0000000AAAAA", "Chat transcript", path, TranscriptFileRule.Checksum(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void As_an_attachment_the_transcript_leaves_the_description_to_the_agents_comments_and_becomes_the_file()
    {
        var state = Fold(Chat(new CallLogEdited("agent1", null, "Refund promised", null, null, Connected.AddSeconds(30))));

        var fields = CallLogProjection.Fields(state, AsAttachment);

        Assert.Equal("Refund promised", fields.Description);
        Assert.Equal("[8:59:55 AM] Vera Visitor: Hello, my order is late\n", fields.TranscriptFile);
    }

    [Fact]
    public void By_default_the_transcript_stays_in_the_description_and_there_is_no_file()
    {
        var fields = CallLogProjection.Fields(Fold(Chat()), new CallLogOptions());

        Assert.Null(fields.TranscriptFile);
        Assert.Contains("Hello, my order is late", fields.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_call_or_a_chat_nobody_wrote_in_has_no_transcript_file()
    {
        var call = Fold(new InteractionDiscovered("1001000003", "Call", InteractionDirection.Inbound, "3175550100", "Caller", "Sales", false, Connected, Connected),
            new InteractionConnected(Connected));

        Assert.Null(CallLogProjection.Fields(call, AsAttachment).TranscriptFile);
    }

    [Fact]
    public void Fields_without_a_transcript_file_are_stored_as_before_and_one_with_it_survives_the_stored_json()
    {
        var call = CallLogProjection.Fields(Fold(Chat()), new CallLogOptions());
        var chat = CallLogProjection.Fields(Fold(Chat()), AsAttachment);

        Assert.DoesNotContain("transcriptFile", System.Text.Json.JsonSerializer.Serialize(call, PureConnect.Grains.EventSourcing.EventSerializer.JsonOptions),
            StringComparison.Ordinal);
        var stored = System.Text.Json.JsonSerializer.Serialize(chat, PureConnect.Grains.EventSourcing.EventSerializer.JsonOptions);
        Assert.Equal(chat, System.Text.Json.JsonSerializer.Deserialize<CallLogFields>(stored, PureConnect.Grains.EventSourcing.EventSerializer.JsonOptions));
    }

    [Fact]
    public void Markup_in_a_chat_text_stays_the_plain_text_it_was()
    {
        const string text = "<script>alert('x')</script> <b>bold</b> &amp;";
        var state = Fold(Chat(new ChatTextAdded("v-1", "<img src=x onerror=alert(1)>", ChatParty.Visitor, text, Connected.AddSeconds(3), Connected.AddSeconds(3))));

        var file = CallLogProjection.Fields(state, AsAttachment).TranscriptFile!;

        Assert.EndsWith($"[9:00:03 AM] <img src=x onerror=alert(1)>: {text}\n", file, StringComparison.Ordinal);
        var upload = TranscriptFileRule.Upload(TaskId, file, [])!;
        Assert.Equal(file, Encoding.UTF8.GetString(upload.Data));
        Assert.EndsWith(".txt", upload.PathOnClient, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_transcript_file_is_cut_at_the_end()
    {
        var texts = Enumerable.Range(0, 1100).Select(i => (InteractionEvent)new ChatTextAdded("v-1", "Vera", ChatParty.Visitor, new string('x', 2000), Connected.AddSeconds(i), Connected));

        var file = CallLogProjection.Fields(Fold(Chat([.. texts])), AsAttachment).TranscriptFile!;

        Assert.Equal(CallLogTranscript.MaxFileLength + 1, file.Length);
        Assert.EndsWith("\n…\n", file, StringComparison.Ordinal);
    }

    [Fact]
    public void A_task_without_a_transcript_file_gets_the_first_version_shared_with_it()
    {
        var upload = TranscriptFileRule.Upload(TaskId, "[9:00:00 AM] Vera: Hi\n", [File("other", path: "photo.png")]);

        Assert.NotNull(upload);
        Assert.Equal((TaskId, null, CallLogTranscript.FileName), (upload.FirstPublishLocationId, upload.ContentDocumentId, upload.PathOnClient));
    }

    [Fact]
    public void A_changed_transcript_is_a_new_version_of_the_tasks_file_not_a_second_file()
    {
        var upload = TranscriptFileRule.Upload(TaskId, "[9:00:00 AM] Vera: Hi\n[9:00:05 AM] Agent: Hello\n", [File("[9:00:00 AM] Vera: Hi\n")]);

        Assert.NotNull(upload);
        Assert.Equal(("0690SIM0000000AAAAA", null), (upload.ContentDocumentId, upload.FirstPublishLocationId));
    }

    [Fact]
    public void The_same_transcript_again_after_a_retry_or_a_restart_uploads_nothing()
    {
        Assert.Null(TranscriptFileRule.Upload(TaskId, "[9:00:00 AM] Vera: Hi\n", [File("[9:00:00 AM] Vera: Hi\n")]));
    }

    [Fact]
    public void Files_of_other_tasks_do_not_count_and_a_15_character_id_is_the_same_task()
    {
        var other = File("[9:00:00 AM] Vera: Hi\n", recordId: "00T0SIM0000000BAAAA");
        var same = File("[9:00:00 AM] Vera: Hi\n", recordId: TaskId[..15]);

        Assert.NotNull(TranscriptFileRule.Upload(TaskId, "[9:00:00 AM] Vera: Hi\n", [other]));
        Assert.Null(TranscriptFileRule.Upload(TaskId, "[9:00:00 AM] Vera: Hi\n", [same]));
    }
}
