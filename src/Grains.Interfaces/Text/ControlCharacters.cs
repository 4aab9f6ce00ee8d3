using System.Text;

namespace PureConnect.Grains.Text;

/// <summary>
/// Text no agent or caller means to send, and that can poison storage (PostgreSQL refuses NUL): the C0 control
/// characters other than tab, carriage return and line feed, DEL, and UTF-16 surrogates without their pair.
/// </summary>
public static class ControlCharacters
{
    /// <summary>True for a C0 control other than <c>\t</c>, <c>\r</c>, <c>\n</c>, and for DEL.</summary>
    public static bool IsRefused(char c) => (c < ' ' && c is not ('\t' or '\r' or '\n')) || c == '\u007F';

    /// <summary>True when <paramref name="text"/> holds a refused control character or an unpaired surrogate.</summary>
    public static bool Contains(string? text) => text is not null && IndexOfRefused(text) >= 0;

    /// <summary><paramref name="text"/> without its refused control characters and unpaired surrogates (the same instance when clean).</summary>
    public static string Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = IndexOfRefused(text);
        if (first < 0)
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        clean.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var length = LengthAt(text, i);
            if (length > 0)
            {
                clean.Append(text, i, length);
                i += length - 1;
            }
        }

        return clean.ToString();
    }

    private static int IndexOfRefused(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var length = LengthAt(text, i);
            if (length == 0)
            {
                return i;
            }

            i += length - 1;
        }

        return -1;
    }

    // Length of the acceptable character at index (1, or 2 for a surrogate pair); 0 when it is refused.
    private static int LengthAt(string text, int index)
    {
        var c = text[index];
        if (IsRefused(c))
        {
            return 0;
        }

        if (char.IsHighSurrogate(c))
        {
            return index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 0;
        }

        return char.IsLowSurrogate(c) ? 0 : 1;
    }
}
