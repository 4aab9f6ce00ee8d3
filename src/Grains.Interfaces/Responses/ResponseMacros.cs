using System.Globalization;
using System.Text;

namespace PureConnect.Grains.Responses;

/// <summary>What the macros of a response are expanded against: the agent's display name, the time and culture for
/// [Date]/[Time], the interaction's attributes (names case-insensitive) for [Attribute:name], and the libraries for
/// [Response:shortcut].</summary>
public sealed record MacroContext(
    string UserDisplayName,
    DateTimeOffset Now,
    CultureInfo Culture,
    IReadOnlyDictionary<string, string> Attributes,
    IReadOnlyList<ResponseLibraryModel> Libraries);

/// <summary>The text to insert, or why there is none (<see cref="ErrorCode"/> and a message naming the macro).</summary>
public sealed record MacroExpansion(string? Text, string? ErrorCode = null, string? Message = null)
{
    public bool Succeeded => ErrorCode is null;

    public static MacroExpansion Fail(string code, string message) => new(null, code, message);
}

/// <summary>
/// Response macros (spec: "Create response macros"): <c>[UserName]</c> (also <c>[User Name]</c>), <c>[Date]</c>
/// (<c>[Current Date]</c>), <c>[Time]</c> (<c>[Current Time]</c>), <c>[Attribute:name]</c> and <c>[Response:shortcut]</c>,
/// the field case-insensitive. A bracket whose field is not a name (<c>[1]</c>, <c>[ ]</c>, <c>[a.b]</c>) is plain text. An
/// unknown field, an attribute the interaction does not have, a shortcut no response has, or responses that include each
/// other deeper than <see cref="MaxDepth"/> is an error, never a silent blank. For a chat the result is plain text: a
/// formatted response (and each one it includes) is converted before its macros are expanded, so inserted values are never
/// read as HTML.
/// </summary>
public static class ResponseMacros
{
    public const int MaxDepth = 5;

    public const string UnknownMacro = "response.unknownMacro";
    public const string UnknownAttribute = "response.unknownAttribute";
    public const string UnknownShortcut = "response.unknownShortcut";
    public const string MacroLoop = "response.macroLoop";

    /// <summary>Expands the macros of <paramref name="item"/>'s text for a chat (plain text).</summary>
    public static MacroExpansion ExpandForChat(ResponseItemModel item, MacroContext context) =>
        Expand(PlainValue(item), context, [item.Id], html: false);

    /// <summary>
    /// Expands the macros of <paramref name="item"/> for an email reply, as HTML (spec: "Use Response Management in an Email Reply":
    /// a response keeps its formatting): a formatted response as it is, a plain one encoded with its line breaks; every value a
    /// macro inserts (a name, an attribute) is encoded, so it is never read as markup; a response another includes comes as HTML
    /// too. The caller sanitises the result like any HTML the agent sends.
    /// </summary>
    public static MacroExpansion ExpandForEmail(ResponseItemModel item, MacroContext context) =>
        Expand(HtmlValue(item), context, [item.Id], html: true);

    /// <summary>Expands the macros of a plain text.</summary>
    public static MacroExpansion Expand(string text, MacroContext context) => Expand(text, context, [], html: false);

    /// <summary>The plain text of an item: a Text item converted from HTML, a URL or file as it is.</summary>
    public static string PlainValue(ResponseItemModel item) =>
        item.Kind == ResponseItemKind.Text ? ResponseHtml.ToPlainText(item.Value) : item.Value;

    /// <summary>The HTML of an item: a formatted Text item as it is; anything else encoded, its line breaks kept.</summary>
    public static string HtmlValue(ResponseItemModel item) =>
        item.Kind == ResponseItemKind.Text && ResponseHtml.LooksLikeHtml(item.Value) ? item.Value : EncodeText(item.Value);

    private static string EncodeText(string text) =>
        System.Net.WebUtility.HtmlEncode(text).Replace("\r\n", "<br>", StringComparison.Ordinal).Replace("\n", "<br>", StringComparison.Ordinal);

    private static MacroExpansion Expand(string text, MacroContext context, IReadOnlyList<string> chain, bool html)
    {
        var output = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf('[', i);
            if (open < 0)
            {
                output.Append(text, i, text.Length - i);
                break;
            }

            var close = text.IndexOf(']', open + 1);
            if (close < 0)
            {
                output.Append(text, i, text.Length - i);
                break;
            }

            output.Append(text, i, open - i);
            var body = text[(open + 1)..close];
            if (!IsMacro(body, out var field, out var data))
            {
                output.Append('[');
                i = open + 1;
                continue;
            }

            var (value, isMarkup) = Resolve(field, data, context, chain, html);
            if (!value.Succeeded)
            {
                return value;
            }

            output.Append(html && !isMarkup ? System.Net.WebUtility.HtmlEncode(value.Text) : value.Text);
            i = close + 1;
        }

        return new MacroExpansion(output.ToString());
    }

    /// <returns>The macro's value, and whether it is markup already (an included response expanded as HTML).</returns>
    private static (MacroExpansion Value, bool IsMarkup) Resolve(string field, string? data, MacroContext context, IReadOnlyList<string> chain, bool html)
    {
        switch (Normalize(field))
        {
            case "username" when data is null:
                return (new MacroExpansion(context.UserDisplayName), false);
            case "date" or "currentdate" when data is null:
                return (new MacroExpansion(context.Now.ToString("d", context.Culture)), false);
            case "time" or "currenttime" when data is null:
                return (new MacroExpansion(context.Now.ToString("t", context.Culture)), false);
            case "attribute" when !string.IsNullOrWhiteSpace(data):
                return (context.Attributes.TryGetValue(data.Trim(), out var attribute)
                    ? new MacroExpansion(attribute)
                    : MacroExpansion.Fail(UnknownAttribute, $"The macro [{field}:{data}] names an attribute this interaction does not have."), false);
            case "response" when !string.IsNullOrWhiteSpace(data):
                var item = ResponseSearch.FindByShortcut(context.Libraries, data.Trim());
                if (item is null)
                {
                    return (MacroExpansion.Fail(UnknownShortcut, $"The macro [{field}:{data}] names a shortcut no response has."), false);
                }

                if (chain.Contains(item.Id) || chain.Count >= MaxDepth)
                {
                    return (MacroExpansion.Fail(MacroLoop, $"The macro [{field}:{data}] includes responses that include each other."), false);
                }

                return (Expand(html ? HtmlValue(item) : PlainValue(item), context, [.. chain, item.Id], html), html);
            default:
                return (MacroExpansion.Fail(UnknownMacro, data is null
                    ? $"The response uses an unknown macro [{field}]."
                    : $"The response uses an unknown macro [{field}:{data}]."), false);
        }
    }

    /// <summary>A macro's body is a name (letters, digits, spaces, '_' and '-', starting with a letter), optionally ':' and data.</summary>
    private static bool IsMacro(string body, out string field, out string? data)
    {
        var colon = body.IndexOf(':', StringComparison.Ordinal);
        field = (colon < 0 ? body : body[..colon]).Trim();
        data = colon < 0 ? null : body[(colon + 1)..];
        return field.Length > 0 && char.IsLetter(field[0]) && field.All(c => char.IsLetterOrDigit(c) || c is ' ' or '_' or '-')
            && (data is null || !data.Contains('[', StringComparison.Ordinal));
    }

    private static string Normalize(string field) =>
        new([.. field.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
}
