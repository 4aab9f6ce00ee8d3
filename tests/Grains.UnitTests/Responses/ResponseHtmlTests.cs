using PureConnect.Grains.Responses;

namespace PureConnect.Grains.UnitTests.Responses;

public sealed class ResponseHtmlTests
{
    [Fact]
    public void Plain_text_is_returned_as_it_is_even_with_ampersands_and_comparisons()
    {
        const string text = "Fish & chips < 5 EUR, a > b &amp; [UserName]";

        Assert.Equal(text, ResponseHtml.ToPlainText(text));
    }

    [Fact]
    public void Paragraphs_breaks_and_list_items_become_lines_and_formatting_disappears()
    {
        var plain = ResponseHtml.ToPlainText("<p>Hello <b>Vera</b>,</p><p>our plans:<br/>today</p><ul><li>Basic</li><li><i>Pro</i></li></ul>");

        Assert.Equal("Hello Vera,\n\nour plans:\ntoday\n\n- Basic\n- Pro", plain);
    }

    [Fact]
    public void A_link_keeps_its_text_and_an_image_disappears_with_its_address()
    {
        var plain = ResponseHtml.ToPlainText("See <a href=\"https://example.com/prices\" title='x>y'>our prices</a> <img src=\"https://example.com/a.png\" alt=\"logo\">now");

        Assert.Equal("See our prices now", plain);
    }

    [Theory]
    [InlineData("Hi<script>alert('x')</script> there", "Hi there")]
    [InlineData("Hi<SCRIPT type=\"text/javascript\">document.cookie</SCRIPT > there", "Hi there")]
    [InlineData("Hi<style>body{display:none}</style> there", "Hi there")]
    [InlineData("Hi<!-- <script>alert(1)</script> --> there", "Hi there")]
    [InlineData("Hi <iframe src=\"https://evil.example\">fallback</iframe>there", "Hi there")]
    [InlineData("Hi <img src=x onerror=\"alert(1)\">there", "Hi there")]
    [InlineData("Hi <script>never closed alert(1)", "Hi")]
    [InlineData("Hi <b unclosed=\"", "Hi")]
    [InlineData("<svg><script>alert(1)</script></svg>Safe", "Safe")]
    [InlineData("&lt;script&gt;alert(1)&lt;/script&gt; <b>x</b>", "<script>alert(1)</script> x")]
    public void Hostile_html_leaves_no_script_style_or_hidden_content_and_never_throws(string html, string expected)
    {
        Assert.Equal(expected, ResponseHtml.ToPlainText(html));
    }

    [Fact]
    public void Entities_are_decoded_once_and_spaces_collapse()
    {
        Assert.Equal("Tom & Jerry say \"hi\" &amp; bye", ResponseHtml.ToPlainText("<p>Tom &amp; Jerry&nbsp;&nbsp; say &quot;hi&quot; &amp;amp; bye</p>"));
    }
}
