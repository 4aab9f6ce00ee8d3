using PureConnect.Grains.Responses;

namespace PureConnect.Grains.UnitTests.Responses;

public sealed class PersonalResponsesTests
{
    private static readonly ResponseLibraryModel Empty = new("P", "agent1", true, [], []);

    [Fact]
    public void Responses_and_categories_are_created_edited_moved_and_deleted()
    {
        var folder = PersonalResponses.AddCategory(Empty, null, "Greetings", "c1");
        var nested = PersonalResponses.AddCategory(folder.Library!, "c1", "Formal", "c2");
        var added = PersonalResponses.AddItem(nested.Library!, "c2", Draft("Dear", "dear"), "i1");
        var edited = PersonalResponses.UpdateItem(added.Library!, "i1", Draft("Dear sir", "dear") with { Value = "Dear sir," });
        var moved = PersonalResponses.Move(edited.Library!, "i1", null);
        var renamed = PersonalResponses.RenameCategory(moved.Library!, "c2", "Very formal");
        var categoryMoved = PersonalResponses.Move(renamed.Library!, "c2", null);

        Assert.Equal("Dear sir,", Assert.Single(moved.Library!.Items).Value);
        Assert.Empty(moved.Library.Categories.Single().Categories.Single().Items);
        Assert.Equal(["Greetings", "Very formal"], categoryMoved.Library!.Categories.Select(c => c.Name));
        var deleted = PersonalResponses.Delete(PersonalResponses.Delete(categoryMoved.Library, "c1").Library!, "i1");
        Assert.Equal(["Very formal"], deleted.Library!.Categories.Select(c => c.Name));
        Assert.Empty(deleted.Library.Items);
    }

    [Fact]
    public void A_category_cannot_move_into_itself_or_its_own_category_and_unknown_ids_are_404()
    {
        var library = PersonalResponses.AddCategory(PersonalResponses.AddCategory(Empty, null, "A", "a").Library!, "a", "B", "b").Library!;

        Assert.Equal(409, PersonalResponses.Move(library, "a", "b").Status);
        Assert.Equal(409, PersonalResponses.Move(library, "a", "a").Status);
        Assert.Equal(404, PersonalResponses.Move(library, "zz", null).Status);
        Assert.Equal(404, PersonalResponses.Move(library, "b", "zz").Status);
        Assert.Equal(404, PersonalResponses.Delete(library, "zz").Status);
        Assert.Equal(404, PersonalResponses.UpdateItem(library, "a", Draft("x", null)).Status);
        Assert.Equal(404, PersonalResponses.AddItem(library, "zz", Draft("x", null), "i").Status);
        Assert.Equal(404, PersonalResponses.RenameCategory(library, "zz", "x").Status);
    }

    [Theory]
    [InlineData("", "hi", "text", ResponseItemKind.Text)]
    [InlineData("   ", "hi", "text", ResponseItemKind.Text)]
    [InlineData("ok", "h i", "text", ResponseItemKind.Text)]
    [InlineData("ok", "hi!", "text", ResponseItemKind.Text)]
    [InlineData("ok", "hi\\", "text", ResponseItemKind.Text)]
    [InlineData("ok", "hi", "", ResponseItemKind.Text)]
    [InlineData("ok", "hi", "bad\u0001text", ResponseItemKind.Text)]
    [InlineData("bad\u0000name", "hi", "text", ResponseItemKind.Text)]
    [InlineData("ok", "hi", "javascript:alert(1)", ResponseItemKind.Url)]
    [InlineData("ok", "hi", "text", (ResponseItemKind)7)]
    public void Bad_drafts_are_refused_with_400(string name, string shortcut, string value, ResponseItemKind kind)
    {
        var edit = PersonalResponses.AddItem(Empty, null, new ResponseDraft(name, kind, shortcut, [], value), "i");

        Assert.Equal((400, PersonalResponses.Invalid), (edit.Status, edit.ErrorCode));
        Assert.Null(edit.Library);
    }

    [Fact]
    public void Too_long_names_shortcuts_values_and_labels_are_refused()
    {
        Assert.NotNull(PersonalResponses.Check(Draft(new string('n', PersonalResponses.MaxNameLength + 1), null)));
        Assert.NotNull(PersonalResponses.Check(Draft("ok", new string('s', PersonalResponses.MaxShortcutLength + 1))));
        Assert.NotNull(PersonalResponses.Check(Draft("ok", null) with { Value = new string('v', PersonalResponses.MaxValueLength + 1) }));
        Assert.NotNull(PersonalResponses.Check(Draft("ok", null) with { Labels = ["two words"] }));
        Assert.Null(PersonalResponses.Check(Draft(new string('n', PersonalResponses.MaxNameLength), "ok") with { Labels = ["a", "b"] }));
    }

    private static ResponseDraft Draft(string name, string? shortcut) => new(name, ResponseItemKind.Text, shortcut, [], "Hello\nthere");
}
