using PureConnect.CallLogs;
using PureConnect.Grains.Interactions;
using PureConnect.Replay.Reports;
using PureConnect.Replay.UnitTests.Infrastructure;
using PureConnect.Replay.WhatIf;
using static PureConnect.Replay.UnitTests.Infrastructure.TestLog;

namespace PureConnect.Replay.UnitTests;

public sealed class WhatIfTests
{
    private static readonly DateTimeOffset Nine = Day.AddHours(9);
    private static readonly ReportRange TheDay = new(Day, Day.AddDays(1));

    private static TestLog ThreeCalls() => new TestLog()
        .Interaction("answered", Calls.Answered("agent1", "Sales", Nine, ringSeconds: 5, talkSeconds: 60, code: "Sale", wrapUpSeconds: 10))
        .Interaction("abandoned", Calls.Abandoned("agent1", "Sales", Nine.AddMinutes(5), ringSeconds: 20))
        .Interaction("yesterday", Calls.Answered("agent2", "Sales", Day.AddHours(-2), ringSeconds: 5, talkSeconds: 30));

    private static IReadOnlyDictionary<string, CallLogFields?> Replay(TestLog log, CallLogOptions options, ReportRange? range = null)
    {
        var replay = new CallLogReplay(range ?? TheDay, options);
        log.Replay(replay, range ?? TheDay);
        return replay.Results();
    }

    [Fact]
    public void The_replay_folds_the_interactions_of_the_range_into_the_projectors_task_fields()
    {
        var results = Replay(ThreeCalls(), new CallLogOptions());

        Assert.Equal(["abandoned", "answered"], results.Keys.Order(StringComparer.Ordinal));
        Assert.Null(results["abandoned"]); // never connected: no call log unless so configured
        var answered = results["answered"]!;
        Assert.Equal("Call 12/1/2026, 9:00:05 AM", answered.Subject);
        Assert.Equal("Inbound", answered.CallType);
        Assert.Equal(60, answered.CallDurationInSeconds);
        Assert.Equal("Sale", answered.CallDisposition);
        Assert.Equal("Completed", answered.Status);
        Assert.Equal("agent1", answered.AgentId);
    }

    [Fact]
    public void A_call_that_starts_in_the_range_is_folded_to_its_end_after_the_range()
    {
        var log = new TestLog().Interaction("late", Calls.Answered("agent1", "Sales", Day.AddDays(1).AddMinutes(-1), ringSeconds: 5, talkSeconds: 300));

        var fields = Replay(log, new CallLogOptions())["late"]!;

        Assert.Equal(300, fields.CallDurationInSeconds);
        Assert.Equal("Completed", fields.Status);
    }

    [Fact]
    public void Another_culture_and_time_zone_change_only_the_subject()
    {
        var live = Replay(ThreeCalls(), new CallLogOptions());
        var whatIf = Replay(ThreeCalls(), new CallLogOptions { Culture = "fr-FR", TimeZone = "Europe/Paris" });

        var change = Assert.Single(CallLogDiff.Of(live, whatIf));

        Assert.Equal(new FieldChange("answered", "Subject", "Call 12/1/2026, 9:00:05 AM", "Call 01/12/2026, 10:00:05"), change);
    }

    [Fact]
    public void Logging_unconnected_calls_would_create_call_logs_with_every_field_they_have()
    {
        var live = Replay(ThreeCalls(), new CallLogOptions());
        var whatIf = Replay(ThreeCalls(), new CallLogOptions { LogUnconnectedCalls = true });

        var changes = CallLogDiff.Of(live, whatIf);

        Assert.All(changes, c => Assert.Equal("abandoned", c.InteractionKey));
        Assert.Equal(new FieldChange("abandoned", CallLogDiff.Exists, "no", "yes"), changes[0]);
        Assert.Contains(new FieldChange("abandoned", "Status", null, "Completed"), changes);
        Assert.Contains(new FieldChange("abandoned", "CallType", null, "Inbound"), changes);
        Assert.DoesNotContain(changes, c => c.Field == "CallDurationInSeconds"); // never connected: no duration either way
        Assert.Contains("1 would change", WhatIfTable.Summary(whatIf.Count, changes), StringComparison.Ordinal);
        Assert.Contains("1 would be created", WhatIfTable.Summary(whatIf.Count, changes), StringComparison.Ordinal);
    }

    [Fact]
    public void A_live_call_log_the_mapping_would_not_write_is_listed_as_gone()
    {
        var live = Replay(ThreeCalls(), new CallLogOptions());
        var whatIf = Replay(ThreeCalls(), new CallLogOptions { Enabled = false });

        var changes = CallLogDiff.Of(live, whatIf);

        Assert.Equal(new FieldChange("answered", CallLogDiff.Exists, "yes", "no"), changes[0]);
        Assert.Contains(new FieldChange("answered", "CallDisposition", "Sale", null), changes);
        Assert.Contains("1 would no longer be written", WhatIfTable.Summary(whatIf.Count, changes), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_mapping_changes_nothing_and_a_campaign_field_moves_the_campaign_out_of_the_subject()
    {
        var log = ThreeCalls().Interaction("campaign",
            Calls.Discovered("Sales", Nine.AddHours(1), InteractionDirection.Outbound),
            new DialerDataPopRecorded("c-1", "Spring", new Dictionary<string, string>(), Nine.AddHours(1)),
            new InteractionAssigned("agent1", Nine.AddHours(1)),
            new InteractionConnected(Nine.AddHours(1).AddSeconds(10)),
            new InteractionDisconnected(DisconnectedBy.Remote, Nine.AddHours(1).AddSeconds(70)));
        var live = Replay(log, new CallLogOptions());

        Assert.Empty(CallLogDiff.Of(live, Replay(log, new CallLogOptions())));
        var changes = CallLogDiff.Of(live, Replay(log, new CallLogOptions { DialerCampaignField = "PureConnect_Campaign__c" }));

        Assert.Equal(
        [
            new FieldChange("campaign", "Subject", "Spring: Call 12/1/2026, 10:00:10 AM", "Call 12/1/2026, 10:00:10 AM"),
            new FieldChange("campaign", "Campaign", null, "Spring"),
        ], changes);
    }

    [Theory]
    [InlineData("""{"CallLogs": {"Culture": "ja-JP", "EditWindow": "00:05:00"}}""")]
    [InlineData("""{"culture": "ja-JP", "editWindow": "00:05:00", /* the section alone */ }""")]
    public void A_mapping_file_is_the_projectors_CallLogs_section_or_the_section_alone(string json)
    {
        var options = MappingFile.Read(json, out var error);

        Assert.Null(error);
        Assert.Equal("ja-JP", options!.Culture);
        Assert.Equal(TimeSpan.FromMinutes(5), options.EditWindow);
        Assert.Equal("UTC", options.TimeZone); // left out: the projector's default
    }

    [Fact]
    public void A_mapping_file_names_where_a_chats_transcript_goes_by_its_name()
    {
        var options = MappingFile.Read("""{"CallLogs": {"ChatTranscript": "Attachment"}}""", out var error);

        Assert.Null(error);
        Assert.Equal(ChatTranscriptPlacement.Attachment, options!.ChatTranscript);
        Assert.Null(MappingFile.Read("""{"ChatTranscript": "Carrier pigeon"}""", out error));
        Assert.Contains("not a valid CallLogs section", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"CallLogs": {"Cultur": "fr-FR"}}""", "Cultur")]
    [InlineData("""{"Culture": "xx-NOPE"}""", "Culture 'xx-NOPE' is not a known culture")]
    [InlineData("""{"TimeZone": "Mars/Olympus"}""", "TimeZone 'Mars/Olympus' is not a known time zone")]
    [InlineData("""{"EditWindow": "-00:01:00"}""", "EditWindow must not be negative")]
    [InlineData("""[1, 2]""", "must be a JSON object")]
    [InlineData("""{"Culture": """, "not a valid CallLogs section")]
    public void A_bad_mapping_file_is_refused_with_what_is_wrong(string json, string expected)
    {
        Assert.Null(MappingFile.Read(json, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
