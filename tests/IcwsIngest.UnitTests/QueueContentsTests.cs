using PureConnect.Icws.Messages;

namespace PureConnect.IcwsIngest.UnitTests;

public sealed class QueueContentsTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private static InteractionSnapshot Snapshot(string id, params (string Name, string Value)[] attributes) =>
        new(id, attributes.ToDictionary(a => a.Name, a => a.Value, StringComparer.OrdinalIgnoreCase), null);

    [Fact]
    public void A_change_carrying_only_the_changed_attributes_is_merged_into_a_full_observation()
    {
        var queue = new QueueContents("agent1");
        queue.Merge(Snapshot("1001", ("Eic_State", "A"), ("Eic_RemoteAddress", "3175550100"), ("Eic_CallIdKey", "100120261124")), At);

        var observation = queue.Merge(Snapshot("1001", ("eic_state", "C")), At.AddSeconds(3));

        Assert.Equal("C", observation.Attributes["Eic_State"]);
        Assert.Equal("3175550100", observation.Attributes["Eic_RemoteAddress"]);
        Assert.Equal(("agent1", At.AddSeconds(3)), (observation.QueueUserId, observation.ObservedAt));
    }

    [Fact]
    public void The_grain_key_is_the_call_id_key_when_known_and_the_interaction_id_otherwise()
    {
        var queue = new QueueContents("agent1");
        queue.Merge(Snapshot("1001", ("Eic_CallIdKey", "100120261124")), At);
        queue.Merge(Snapshot("1002", ("Eic_State", "A")), At);

        Assert.Equal("100120261124", queue.KeyOf("1001"));
        Assert.Equal("1002", queue.KeyOf("1002"));
        Assert.Equal("100120261124", queue.Remove("1001"));
        Assert.Equal("1001", queue.KeyOf("1001"));
    }

    [Fact]
    public void A_reset_forgets_everything_so_a_snapshot_starts_clean()
    {
        var queue = new QueueContents("agent1");
        queue.Merge(Snapshot("1001", ("Eic_State", "C"), ("Eic_Muted", "1")), At);

        queue.Reset();
        var observation = queue.Merge(Snapshot("1001", ("Eic_State", "C")), At);

        Assert.False(observation.Attributes.ContainsKey("Eic_Muted"));
    }
}
