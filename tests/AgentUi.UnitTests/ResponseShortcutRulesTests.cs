using PureConnect.AgentUi.AgentApi;
using PureConnect.AgentUi.Softphone;

namespace PureConnect.AgentUi.UnitTests;

public sealed class ResponseShortcutRulesTests
{
    [Theory]
    [InlineData("hi", 2, 0, "hi")]
    [InlineData("Well, hi", 8, 6, "hi")]
    [InlineData("Well,\nsignoff and more", 13, 6, "signoff")]
    [InlineData("abc def", 5, 4, "d")]
    public void The_shortcut_is_the_word_right_before_the_caret(string text, int caret, int start, string shortcut)
    {
        Assert.Equal(new TypedShortcut(start, shortcut), ResponseShortcutRules.ShortcutBeforeCaret(text, caret));
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("hi ", 3)]
    [InlineData("hi", 0)]
    [InlineData(null, 5)]
    public void No_shortcut_after_a_blank_or_at_the_start(string? text, int caret)
    {
        Assert.Null(ResponseShortcutRules.ShortcutBeforeCaret(text, caret));
    }

    [Fact]
    public void A_run_longer_than_any_shortcut_is_no_shortcut_and_a_caret_past_the_end_is_clamped()
    {
        Assert.Null(ResponseShortcutRules.ShortcutBeforeCaret(new string('x', ResponseShortcutRules.MaxShortcutLength + 1), 60));
        Assert.Equal(new TypedShortcut(0, "hi"), ResponseShortcutRules.ShortcutBeforeCaret("hi", 99));
    }

    [Fact]
    public void The_expanded_response_replaces_the_shortcut_and_the_caret_follows_it()
    {
        var typed = ResponseShortcutRules.ShortcutBeforeCaret("Well hi there", 7)!;

        var edit = ResponseShortcutRules.ReplaceShortcut("Well hi there", typed, "Hello, Vera.");

        Assert.Equal(new FieldEdit("Well Hello, Vera. there", 17), edit);
    }

    [Fact]
    public void Insert_puts_the_text_at_the_caret_with_a_space_after_a_word()
    {
        Assert.Equal(new FieldEdit("Thanks Bye", 10), ResponseShortcutRules.InsertAtCaret("Thanks", 6, "Bye"));
        Assert.Equal(new FieldEdit("Bye", 3), ResponseShortcutRules.InsertAtCaret(null, 0, "Bye"));
        Assert.Equal(new FieldEdit("A Bye B", 6), ResponseShortcutRules.InsertAtCaret("A B", 2, "Bye "));
    }

    [Theory]
    [InlineData(" ", true, false, false, true)]
    [InlineData(" ", false, false, false, false)]
    [InlineData(" ", true, true, false, false)]
    [InlineData("a", true, false, false, false)]
    public void Only_Ctrl_Space_expands(string key, bool ctrl, bool alt, bool meta, bool expands)
    {
        Assert.Equal(expands, ResponseShortcutRules.IsExpandKey(key, ctrl, alt, meta));
    }
}

public sealed class ResponseTreeRulesTests
{
    private static readonly ResponseCategory Nested = new("b", "B", [], [Item("i2")]);
    private static readonly ResponseLibrary Personal = new("P", "", true, [new ResponseCategory("a", "A", [Nested], [Item("i1")]), new ResponseCategory("c", "C", [], [])], [Item("i0")]);

    [Fact]
    public void Categories_flatten_depth_first_with_their_depth_and_items_are_all_found()
    {
        Assert.Equal([new CategoryChoice("a", "A", 0), new CategoryChoice("b", "B", 1), new CategoryChoice("c", "C", 0)], ResponseTreeRules.Categories(Personal.Categories));
        Assert.Equal(["i0", "i1", "i2"], ResponseTreeRules.Items(Personal).Select(i => i.Id));
    }

    [Fact]
    public void A_category_cannot_move_into_itself_or_below_itself_but_an_item_may_go_anywhere()
    {
        Assert.Equal(["c"], ResponseTreeRules.MoveTargets(Personal.Categories, "a").Select(c => c.Id));
        Assert.Equal(["a", "b", "c"], ResponseTreeRules.MoveTargets(Personal.Categories, "i1").Select(c => c.Id));
    }

    private static ResponseItem Item(string id) => new(id, id, "Text", null, [], "v", "v");
}
