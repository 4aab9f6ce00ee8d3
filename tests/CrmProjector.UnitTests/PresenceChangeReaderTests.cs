using System.Text.Json.Nodes;
using PureConnect.CrmProjector.OmniPresence;
using PureConnect.Grains.Agents.Presence;

namespace PureConnect.CrmProjector.UnitTests;

/// <summary>Change events of UserServicePresence as CometD delivers them: a CREATE has every field, an UPDATE only what changed.</summary>
public sealed class PresenceChangeReaderTests
{
    private const string Ada = "005SIM000000001", Busy = "0N5SIM000000002", Available = "0N5SIM000000001";

    private static JsonObject Event(long replayId, string changeType, string row, JsonObject fields)
    {
        fields["ChangeEventHeader"] = new JsonObject
        {
            ["entityName"] = "UserServicePresence",
            ["changeType"] = changeType,
            ["recordIds"] = new JsonArray(row),
            ["commitTimestamp"] = 1_764_900_000_000L,
        };
        return new JsonObject { ["payload"] = fields, ["event"] = new JsonObject { ["replayId"] = replayId } };
    }

    private static JsonObject Created(long replayId, string row, string status, string started) => Event(replayId, "CREATE", row, new JsonObject
    {
        ["UserId"] = Ada,
        ["ServicePresenceStatusId"] = status,
        ["IsCurrentState"] = true,
        ["StatusStartDate"] = started,
    });

    private static JsonObject Ended(long replayId, string row, string ended) =>
        Event(replayId, "UPDATE", row, new JsonObject { ["IsCurrentState"] = false, ["StatusEndDate"] = ended });

    [Fact]
    public void A_new_presence_ends_the_previous_one_without_a_log_out_in_between()
    {
        var reader = new PresenceChangeReader();
        reader.Read([Created(1, "0HnSIM000000001", Busy, "2026-12-05T09:00:00.000+0000")]);

        var (presences, readAll, last) = reader.Read([Ended(2, "0HnSIM000000001", "2026-12-05T09:05:00.000+0000"),
            Created(3, "0HnSIM000000002", Available, "2026-12-05T09:05:00.000+0000")]);

        Assert.Equal([new PresenceRow(Ada, Available, new DateTimeOffset(2026, 12, 5, 9, 5, 0, TimeSpan.Zero))], presences);
        Assert.False(readAll);
        Assert.Equal(3, last);
    }

    [Fact]
    public void A_presence_that_ends_with_no_new_one_is_a_log_out_at_its_end_date()
    {
        var reader = new PresenceChangeReader();
        reader.Learn("0HnSIM000000001", Ada); // from a read of the current presences

        var (presences, readAll, _) = reader.Read([Ended(7, "0HnSIM000000001", "2026-12-05T17:30:00.000+0000")]);

        Assert.Equal([new PresenceRow(Ada, OmniIds.Offline, new DateTimeOffset(2026, 12, 5, 17, 30, 0, TimeSpan.Zero))], presences);
        Assert.False(readAll);
    }

    [Fact]
    public void What_the_reader_cannot_place_asks_for_a_read_of_the_current_presences()
    {
        var reader = new PresenceChangeReader();

        var unknownRow = reader.Read([Ended(1, "0HnSIM00000000X", "2026-12-05T17:30:00.000+0000")]);
        var gap = reader.Read([Event(2, "GAP_OVERFLOW", "0HnSIM00000000Y", [])]);

        Assert.True(unknownRow.ReadAll);
        Assert.Empty(unknownRow.Presences);
        Assert.True(gap.ReadAll);
        Assert.Equal(2, gap.LastReplayId);
    }
}
