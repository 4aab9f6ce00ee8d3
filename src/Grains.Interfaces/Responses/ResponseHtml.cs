using System.Net;
using System.Text;

namespace PureConnect.Grains.Responses;

/// <summary>
/// Formatted (HTML) response text to the plain text a chat carries (spec: "Stored responses that contain formatted text
/// are converted to plain text when used in a chat. Hyperlinks and images … are not sent"): tags are dropped (a link keeps
/// its text, an image nothing), the content of script, style, head, template and similar elements is dropped whole,
/// comments too, block ends and <c>&lt;br&gt;</c> become line breaks, list items get "- ", entities are decoded once, and
/// runs of blank space collapse. Text without any tag is returned as it is. Malformed HTML never throws.
/// </summary>
public static class ResponseHtml
{
    private static readonly HashSet<string> DroppedWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "head", "title", "template", "noscript", "iframe", "object", "embed", "svg", "math", "textarea", "select",
    };

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "tr", "blockquote", "pre", "section", "article", "header", "footer",
    };

    /// <summary>True when <paramref name="text"/> looks like HTML (a tag, a comment or a closing tag).</summary>
    public static bool LooksLikeHtml(string text)
    {
        for (var i = 0; i < text.Length - 1; i++)
        {
            if (text[i] == '<' && (char.IsAsciiLetter(text[i + 1]) || text[i + 1] is '/' or '!'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The plain text of <paramref name="text"/> (see the type's summary).</summary>
    public static string ToPlainText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!LooksLikeHtml(text))
        {
            return text;
        }

        var output = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c != '<' || i + 1 >= text.Length || !(char.IsAsciiLetter(text[i + 1]) || text[i + 1] is '/' or '!' or '?'))
            {
                output.Append(c);
                i++;
                continue;
            }

            if (string.CompareOrdinal(text, i, "<!--", 0, 4) == 0)
            {
                var end = text.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? text.Length : end + 3;
                continue;
            }

            var close = TagEnd(text, i + 1);
            var tag = TagName(text, i + 1, close, out var isClosing);
            i = close < 0 ? text.Length : close + 1;
            if (tag.Length == 0)
            {
                continue;
            }

            if (!isClosing && DroppedWithContent.Contains(tag))
            {
                var end = text.IndexOf("</" + tag, i, StringComparison.OrdinalIgnoreCase);
                if (end < 0)
                {
                    break;
                }

                var endClose = TagEnd(text, end + 2);
                i = endClose < 0 ? text.Length : endClose + 1;
                continue;
            }

            if (tag.Equals("br", StringComparison.OrdinalIgnoreCase))
            {
                output.Append('\n');
            }
            else if (tag.Equals("li", StringComparison.OrdinalIgnoreCase) && !isClosing)
            {
                output.Append("\n- ");
            }
            else if (BlockElements.Contains(tag))
            {
                output.Append('\n');
            }
            else if (tag is "td" or "th" && isClosing)
            {
                output.Append(' ');
            }
        }

        return Tidy(WebUtility.HtmlDecode(output.ToString()));
    }

    /// <summary>The index of the <c>&gt;</c> that ends the tag starting before <paramref name="from"/> (quotes respected), or -1.</summary>
    private static int TagEnd(string text, int from)
    {
        char? quote = null;
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is { } q)
            {
                if (c == q)
                {
                    quote = null;
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i;
            }
        }

        return -1;
    }

    private static string TagName(string text, int from, int close, out bool isClosing)
    {
        var end = close < 0 ? text.Length : close;
        var i = from;
        isClosing = i < end && text[i] == '/';
        if (isClosing)
        {
            i++;
        }

        var start = i;
        while (i < end && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '-'))
        {
            i++;
        }

        return text[start..i];
    }

    /// <summary>Collapses spaces and tabs, trims each line, keeps at most one blank line between paragraphs.</summary>
    private static string Tidy(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n')
            .Select(line => string.Join(' ', line.Split([' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)));
        var output = new StringBuilder();
        var blank = 0;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                blank++;
                continue;
            }

            if (output.Length > 0)
            {
                output.Append(blank > 0 ? "\n\n" : "\n");
            }

            output.Append(line);
            blank = 0;
        }

        return output.ToString();
    }
}
