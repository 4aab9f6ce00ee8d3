using System.Globalization;
using PureConnect.Grains.Responses;

namespace PureConnect.Grains.UnitTests.Responses;

public sealed class ResponseMacrosTests
{
    private static readonly ResponseLibraryModel General = new("L1", "General", false,
        [
            new ResponseCategoryModel("C1", "Closings", [], [
                Text("signoff", "signoff", "Again, my name is [UserName]. Thanks for chatting!"),
                Text("glad", "glad", "<p>Glad to help.</p> [Response:signoff]"),
                Text("loop-a", "loopa", "A [Response:loopb]"),
                Text("loop-b", "loopb", "B [Response:loopa]"),
            ]),
        ],
        [Text("hi", "hi", "<p>Hello, <b>[Attribute:Eic_RemoteName]</b>. I am [User Name].</p>")]);

    [Fact]
    public void System_attribute_and_response_macros_are_expanded_into_plain_text()
    {
        var context = Context();

        Assert.Equal("Hello, Vera Visitor. I am Mary Jones.", ResponseMacros.ExpandForChat(Item("hi"), context).Text);
        Assert.Equal("Glad to help.\nAgain, my name is Mary Jones. Thanks for chatting!", ResponseMacros.ExpandForChat(Item("glad"), context).Text);
        Assert.Equal("Today is 9/15/2015 at 2:30 PM.", ResponseMacros.Expand("Today is [Date] at [time].", context).Text!.Replace('\u202F', ' '));
        Assert.Equal("Heute 15.09.2015 14:30", ResponseMacros.Expand("Heute [Current Date] [Current Time]", context with { Culture = CultureInfo.GetCultureInfo("de-DE") }).Text);
    }

    [Fact]
    public void An_attribute_value_with_markup_is_inserted_as_text_never_read_as_html()
    {
        var context = Context() with { Attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Eic_RemoteName"] = "<script>x</script> &amp;" } };

        Assert.Equal("Hello, <script>x</script> &amp;. I am Mary Jones.", ResponseMacros.ExpandForChat(Item("hi"), context).Text);
    }

    [Fact]
    public void For_an_email_a_formatted_response_keeps_its_formatting_and_includes_others_as_html()
    {
        var context = Context();

        Assert.Equal("<p>Hello, <b>Vera Visitor</b>. I am Mary Jones.</p>", ResponseMacros.ExpandForEmail(Item("hi"), context).Text);
        Assert.Equal("<p>Glad to help.</p> Again, my name is Mary Jones. Thanks for chatting!", ResponseMacros.ExpandForEmail(Item("glad"), context).Text);
    }

    [Fact]
    public void For_an_email_plain_text_and_every_macro_value_are_encoded_so_nothing_inserted_becomes_markup()
    {
        var context = Context() with { Attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Eic_RemoteName"] = "<img src=x onerror=alert(1)> & co" } };
        var plain = new ResponseItemModel("plain", "Plain", ResponseItemKind.Text, "p", [], "Line 1 < 2\nLine [UserName] & [Attribute:Eic_RemoteName]");

        Assert.Equal("<p>Hello, <b>&lt;img src=x onerror=alert(1)&gt; &amp; co</b>. I am Mary Jones.</p>", ResponseMacros.ExpandForEmail(Item("hi"), context).Text);
        Assert.Equal("Line 1 &lt; 2<br>Line Mary Jones &amp; &lt;img src=x onerror=alert(1)&gt; &amp; co",
            ResponseMacros.ExpandForEmail(plain, context with { Libraries = [General] }).Text);
    }

    [Fact]
    public void For_an_email_a_macro_error_is_the_same_as_for_a_chat()
    {
        var context = Context();

        Assert.Equal(ResponseMacros.MacroLoop, ResponseMacros.ExpandForEmail(Item("loop-a"), context).ErrorCode);
    }

    [Theory]
    [InlineData("Hi [Nickname]", ResponseMacros.UnknownMacro, "[Nickname]")]
    [InlineData("Hi [UserName:x]", ResponseMacros.UnknownMacro, "[UserName:x]")]
    [InlineData("Hi [Attribute:Eic_Missing]", ResponseMacros.UnknownAttribute, "Eic_Missing")]
    [InlineData("Hi [Attribute:]", ResponseMacros.UnknownMacro, "[Attribute:]")]
    [InlineData("Hi [Response:nosuch]", ResponseMacros.UnknownShortcut, "nosuch")]
    [InlineData("Hi [Response:loopa]", ResponseMacros.MacroLoop, "loop")]
    public void An_unknown_macro_attribute_or_shortcut_and_a_loop_are_clear_errors_not_blanks(string text, string code, string mentioned)
    {
        var expansion = ResponseMacros.Expand(text, Context());

        Assert.False(expansion.Succeeded);
        Assert.Null(expansion.Text);
        Assert.Equal(code, expansion.ErrorCode);
        Assert.Contains(mentioned, expansion.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Item [1] of [ ] and [a.b] or [", "Item [1] of [ ] and [a.b] or [")]
    [InlineData("Array [x[UserName]]", "Array [xMary Jones]")]
    public void Brackets_that_are_no_macro_stay_text(string text, string expected)
    {
        Assert.Equal(expected, ResponseMacros.Expand(text, Context()).Text);
    }

    private static MacroContext Context() => new(
        "Mary Jones",
        new DateTimeOffset(2015, 9, 15, 14, 30, 0, TimeSpan.Zero),
        CultureInfo.GetCultureInfo("en-US"),
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Eic_RemoteName"] = "Vera Visitor" },
        [General]);

    private static ResponseItemModel Item(string id) => ResponseSearch.FindById([General], id)!.Item;

    private static ResponseItemModel Text(string id, string shortcut, string value) => new(id, id, ResponseItemKind.Text, shortcut, [], value);
}
