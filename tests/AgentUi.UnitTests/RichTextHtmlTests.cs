using PureConnect.AgentUi.Softphone;

namespace PureConnect.AgentUi.UnitTests;

/// <summary>A formatted response between the store and the Response Management Editor.</summary>
public sealed class RichTextHtmlTests
{
    [Fact]
    public void A_stored_formatted_response_is_shown_sanitised_so_nothing_in_it_runs_in_the_agents_page()
    {
        var shown = RichTextHtml.ForEditor("<p>Hi <b>[UserName]</b><img src=\"x\" onerror=\"alert(1)\"><script>alert(2)</script></p>");

        Assert.Contains("<b>[UserName]</b>", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("onerror", shown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("script", shown, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("Fish & chips < 5 €\nLine 2", "Fish &amp; chips &lt; 5 €<br>Line 2")]
    public void A_plain_response_is_shown_as_its_text_with_its_line_breaks(string? stored, string shown) =>
        Assert.Equal(shown, RichTextHtml.ForEditor(stored));

    [Theory]
    [InlineData("Fish &amp; chips &lt; 5<br>Line 2<br>", "Fish & chips < 5\nLine 2")]
    [InlineData("Just text", "Just text")]
    [InlineData("<br>", "")]
    public void What_the_agent_typed_without_formatting_is_stored_as_plain_text(string editor, string stored) =>
        Assert.Equal(stored, RichTextHtml.Value(editor));

    [Fact]
    public void Formatting_is_stored_as_html_without_anything_that_runs()
    {
        var stored = RichTextHtml.Value("Ships <b>today</b><img src=\"x\" onerror=\"alert(1)\"><a href=\"javascript:alert(3)\">x</a>");

        Assert.StartsWith("Ships <b>today</b>", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("onerror", stored, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript", stored, StringComparison.OrdinalIgnoreCase);
    }
}
