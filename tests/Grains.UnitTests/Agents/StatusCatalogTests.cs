using PureConnect.Grains.Agents;
using PureConnect.Icws;

namespace PureConnect.Grains.UnitTests.Agents;

public sealed class StatusCatalogTests
{
    private static readonly Uri Server = new("http://cic01:8018/");

    private static StatusMessage Status(string id, bool selectable = true, bool forward = false, string? icon = "/icws/icons/x.png") =>
        new(id, id, icon, "g", false, false, false, selectable, false, forward, false, false, false, id);

    private static readonly StatusMessage[] Statuses =
        [Status("Available"), Status("Available, Forward", forward: true), Status("At Lunch"), Status("Gone Home"), Status("ACD - Agent Not Answering", selectable: false)];

    [Fact]
    public void Favorites_come_first_then_the_rest_by_text_without_statuses_that_cannot_be_selected()
    {
        var list = StatusCatalog.For(Statuses, null, ["gone home"], null, Server);

        Assert.Equal(["Gone Home", "At Lunch", "Available", "Available, Forward"], list.Select(s => s.StatusId));
        Assert.True(list[0].IsFavorite);
        Assert.True(list.Single(s => s.StatusId == "Available, Forward").IsForwardStatus);
    }

    [Fact]
    public void Only_the_statuses_the_agent_may_use_are_offered_and_search_matches_any_part_of_the_text()
    {
        var allowed = new HashSet<string>(["Available", "Available, Forward"], StringComparer.OrdinalIgnoreCase);

        Assert.Equal(["Available", "Available, Forward"], StatusCatalog.For(Statuses, allowed, [], null, Server).Select(s => s.StatusId));
        Assert.Equal(["Available, Forward"], StatusCatalog.For(Statuses, allowed, [], "FORW", Server).Select(s => s.StatusId));
    }

    [Fact]
    public void Icons_relative_to_a_server_behind_a_path_prefix_keep_the_prefix()
    {
        var list = StatusCatalog.For([Status("A")], null, [], null, new Uri("https://web.example/apps/client/api/cic01/"));

        Assert.Equal("https://web.example/apps/client/api/cic01/icws/icons/x.png", Assert.Single(list).IconUri);
    }

    [Fact]
    public void Icons_relative_to_the_server_become_absolute_and_absolute_ones_stay()
    {
        StatusMessage[] statuses = [Status("A"), Status("B", icon: "https://cdn.example/b.png")];

        var list = StatusCatalog.For(statuses, null, [], null, Server);

        Assert.Equal(["http://cic01:8018/icws/icons/x.png", "https://cdn.example/b.png"], list.Select(s => s.IconUri));
    }

    [Fact]
    public void Favorites_are_trimmed_and_deduplicated_and_too_many_are_refused()
    {
        Assert.Equal(["At Lunch", "Available"], StatusCatalog.NormalizeFavorites([" At Lunch ", "at lunch", "", "Available"]));
        Assert.Null(StatusCatalog.NormalizeFavorites([.. Enumerable.Range(0, StatusCatalog.MaxFavorites + 1).Select(i => $"s{i}")]));
    }
}
