using System.Net;
using Ganss.Xss;

namespace PureConnect.AgentUi.Softphone;

/// <summary>
/// A formatted (HTML) response between the store and the editor (spec: "Response Management Editor"). Into the editor: formatted
/// text sanitised (a response can have been saved by any CIC client: no script, no handler runs in the agent's page), plain text
/// encoded with its line breaks. Out of the editor: the sanitised HTML, or plain text when the agent used no formatting (so a
/// plain response stays plain for every CIC client).
/// </summary>
public static class RichTextHtml
{
    private static readonly HtmlSanitizer Sanitizer = new();

    /// <summary>What the editor shows for a stored value.</summary>
    public static string ForEditor(string? value) =>
        string.IsNullOrEmpty(value) ? ""
        : LooksLikeHtml(value) ? Sanitizer.Sanitize(value)
        : WebUtility.HtmlEncode(value).Replace("\r\n", "<br>", StringComparison.Ordinal).Replace("\n", "<br>", StringComparison.Ordinal);

    /// <summary>The value to store for what the editor holds.</summary>
    public static string Value(string? editorHtml)
    {
        var html = Sanitizer.Sanitize(editorHtml ?? "").Trim();
        var lineBreaksOnly = html.Replace("<br>", "\n", StringComparison.OrdinalIgnoreCase);
        return LooksLikeHtml(lineBreaksOnly) ? html : WebUtility.HtmlDecode(lineBreaksOnly).TrimEnd('\n');
    }

    /// <summary>True when the text has a tag, a closing tag or a comment.</summary>
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
}
