using PureConnect.Grains.Agents;
using PureConnect.Icws;

namespace PureConnect.Grains.UnitTests.Agents;

/// <summary>Changes of CIC's status catalogue (statusMessagesMessage, reference §4.4) applied to a known list.</summary>
public sealed class StatusCatalogDeltaTests
{
    private static StatusMessage Message(string id, string text, bool canHaveTime = false) =>
        new(id, text, null, null, false, canHaveTime, false, true, false, false, false, false, false, null);

    private static StatusDefinition Definition(string id, string text, bool canHaveTime = false) =>
        new(id, text, null, null, false, canHaveTime, false, true, false, false, false, false, false, null);

    [Fact]
    public void A_delta_adds_replaces_changed_entries_whole_and_deletes_removed_ids()
    {
        IReadOnlyList<StatusMessage> known = [Message("Available", "Available"), Message("Lunch", "Lunch"), Message("Gone", "Gone home")];

        var next = StatusCatalog.Apply(known, new StatusCatalogChange(false, [Definition("Coffee", "Coffee")], [Definition("lunch", "Lunch break", canHaveTime: true)], ["GONE"]));

        Assert.Equal(["Available", "Coffee", "lunch"], next.Select(s => s.StatusId).Order(StringComparer.Ordinal));
        Assert.Equal(("Lunch break", true), next.Where(s => s.StatusId == "lunch").Select(s => (s.MessageText, s.CanHaveTime)).Single());
    }

    [Fact]
    public void A_snapshot_replaces_the_catalogue()
    {
        var next = StatusCatalog.Apply([Message("Old", "Old")], new StatusCatalogChange(true, [Definition("Available", "Available")], [], []));

        Assert.Equal(["Available"], next.Select(s => s.StatusId));
    }
}
