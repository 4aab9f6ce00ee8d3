using System.Text.Json;
using PureConnect.Icws.Messages;
using PureConnect.Icws.ResponseManagement;
using PureConnect.Icws.UnitTests.Harness;

namespace PureConnect.Icws.UnitTests.ResponseManagement;

public sealed class ResponseManagementClientTests
{
    [Fact]
    public void A_library_reads_its_nested_categories_and_items_and_ignores_unknown_fields_and_types()
    {
        using var document = JsonDocument.Parse("""
            {"id":"L1","name":"General","description":"d","future":{"x":1},
             "categories":[{"id":"C1","name":"Greetings","extra":true,
                            "categories":[{"id":"C2","name":"Formal","items":[{"id":"I2","name":"Sir","type":0,"value":"Dear sir"}]}],
                            "items":[{"id":"I1","name":"Hello","type":0,"shortcut":"hi","keywords":["greeting","welcome"],"value":"<b>Hi</b>","plainTextValue":"Hi"}]}],
             "items":[{"id":"I3","name":"Site","type":1,"value":"https://example.com"},{"id":"I4","type":9,"value":"?"},{"id":"I5","name":"Doc","type":2,"shortcut":"","value":"a.pdf"}]}
            """);

        var library = ResponseLibraryJson.ReadLibrary(document.RootElement);

        Assert.Equal(("L1", "General", "d"), (library.Id, library.Name, library.Description));
        var greetings = Assert.Single(library.Categories);
        Assert.Equal(new ResponseItem("I1", "Hello", ResponseItemType.Text, "hi", ["greeting", "welcome"], "<b>Hi</b>"), Assert.Single(greetings.Items), new ItemComparer());
        Assert.Equal("Dear sir", greetings.Categories.Single().Items.Single().Value);
        Assert.Equal([ResponseItemType.Url, ResponseItemType.Unknown, ResponseItemType.File], library.Items.Select(i => i.Type));
        Assert.Equal(("", null), (library.Items[1].Name, library.Items[2].Shortcut));
    }

    [Fact]
    public void A_library_without_an_id_is_refused_and_a_missing_list_reads_as_empty()
    {
        using var noId = JsonDocument.Parse("""{"name":"x"}""");
        using var bare = JsonDocument.Parse("""{"id":"L","name":"agent1"}""");

        Assert.Throws<FormatException>(() => ResponseLibraryJson.ReadLibrary(noId.RootElement));
        var library = ResponseLibraryJson.ReadLibrary(bare.RootElement);
        Assert.Empty(library.Categories);
        Assert.Empty(library.Items);
    }

    [Fact]
    public void The_subscription_message_carries_the_handles_and_ignores_unknown_fields()
    {
        var message = Assert.IsType<ResponseManagementMessage>(IcwsMessageParser.Parse("""
            {"__type":"urn:inin.com:responseManagement:responseManagementMessage","isDelta":true,"new":1,
             "librariesChanged":[{"id":"L1","name":"agent1","url":"response-management/libraries/L1","cacheTag":"2","more":[]}],
             "librariesRemoved":["L9"]}
            """));

        Assert.True(message.IsDelta);
        Assert.Empty(message.Added);
        Assert.Equal(new ResponseLibraryHandle("L1", "agent1", "response-management/libraries/L1", "2"), Assert.Single(message.Changed));
        Assert.Equal(["L9"], message.Removed);
    }

    [Fact]
    public async Task The_libraries_are_read_from_the_simulator_and_a_saved_personal_library_comes_back()
    {
        await using var cic = await CicSimulator.StartAsync();
        var session = await cic.LogInAsync("agent7");

        var libraries = await session.ReadResponseLibrariesAsync(IcwsTestClient.Deadline());

        Assert.Equal(["General", "Support"], libraries.SystemWide.Select(l => l.Name));
        Assert.Contains(libraries.SystemWide[0].Categories, c => c.Items.Any(i => i.Shortcut == "signoff"));
        var personal = Assert.IsType<ResponseLibrary>(libraries.Personal);
        Assert.Equal("agent7", personal.Name);

        var edited = personal with
        {
            Categories = [new ResponseCategory("c-1", "Mine", [], [new ResponseItem("i-1", "Thanks", ResponseItemType.Text, "ty", ["thanks"], "Thank you <i>very</i> much")])],
            Items = [new ResponseItem("i-2", "Home", ResponseItemType.Url, null, [], "https://example.com")],
        };
        await session.SavePersonalResponseLibraryAsync(edited, IcwsTestClient.Deadline());
        var reread = await session.ReadResponseLibrariesAsync(IcwsTestClient.Deadline());

        var saved = Assert.IsType<ResponseLibrary>(reread.Personal);
        Assert.Equal("Thank you <i>very</i> much", saved.Categories.Single().Items.Single().Value);
        Assert.Equal(("Home", ResponseItemType.Url), (saved.Items.Single().Name, saved.Items.Single().Type));
        var refused = await Assert.ThrowsAsync<IcwsRequestException>(() => session.SavePersonalResponseLibraryAsync(edited with { Name = "agent1" }, IcwsTestClient.Deadline()));
        Assert.Equal(400, refused.StatusCode);
    }

    private sealed class ItemComparer : IEqualityComparer<ResponseItem>
    {
        public bool Equals(ResponseItem? x, ResponseItem? y) =>
            x is not null && y is not null && x with { Keywords = [] } == y with { Keywords = [] } && x.Keywords.SequenceEqual(y.Keywords);

        public int GetHashCode(ResponseItem obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
