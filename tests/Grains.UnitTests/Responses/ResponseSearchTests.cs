using PureConnect.Grains.Responses;

namespace PureConnect.Grains.UnitTests.Responses;

public sealed class ResponseSearchTests
{
    private static readonly ResponseLibraryModel General = new("L1", "General", false,
        [new ResponseCategoryModel("C1", "Greetings", [], [
            new ResponseItemModel("hello", "Hello", ResponseItemKind.Text, "hi", ["greeting", "welcome"], "<p>Hello, how can I help?</p>"),
            new ResponseItemModel("prices", "Price list", ResponseItemKind.Text, "prices", ["cost"], "<a href=\"https://example.com/secret-word\">Prices</a> start at 10 EUR"),
        ])],
        [new ResponseItemModel("site", "Web site", ResponseItemKind.Url, "site", [], "https://example.com/hello")]);

    private static readonly ResponseLibraryModel Personal = new("P", "agent1", true, [],
        [new ResponseItemModel("mine", "My hi", ResponseItemKind.Text, "HI", [], "Hi, it's me")]);

    [Fact]
    public void Every_word_must_occur_in_the_name_shortcut_labels_or_text()
    {
        Assert.Equal(["prices"], Ids(ResponseSearch.Search([General], "start EUR")));
        Assert.Equal(["hello"], Ids(ResponseSearch.Search([General], "WELCOME")));
        Assert.Equal(["prices"], Ids(ResponseSearch.Search([General], "cost")));
        Assert.Empty(ResponseSearch.Search([General], "secret-word"));
        Assert.Empty(ResponseSearch.Search([General], "hello nothing"));
        Assert.Empty(ResponseSearch.Search([General], "   "));
    }

    [Fact]
    public void An_exact_shortcut_ranks_first_then_names_then_content_and_hits_carry_their_path()
    {
        var hits = ResponseSearch.Search([General, Personal], "hello");

        Assert.Equal(["hello", "site"], Ids(hits));
        Assert.Equal(["General", "Greetings"], hits[0].Path);
        Assert.Equal(["mine", "hello"], Ids(ResponseSearch.Search([General, Personal], "hi")));
    }

    [Fact]
    public void A_shortcut_finds_the_first_item_personal_library_first_case_insensitively()
    {
        Assert.Equal("mine", ResponseSearch.FindByShortcut([General, Personal], "hi")?.Id);
        Assert.Equal("hello", ResponseSearch.FindByShortcut([General], " Hi ")?.Id);
        Assert.Null(ResponseSearch.FindByShortcut([General], "nope"));
        Assert.Null(ResponseSearch.FindByShortcut([General], ""));
    }

    private static string[] Ids(IEnumerable<ResponseHit> hits) => [.. hits.Select(h => h.Item.Id)];
}
