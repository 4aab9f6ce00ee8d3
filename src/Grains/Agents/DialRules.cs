namespace PureConnect.Grains.Agents;

/// <summary>What counts as a number a person can type to dial: digits with an optional leading +, and the usual separators.</summary>
public static class DialRules
{
    public static bool IsDialable(string? target)
    {
        if (string.IsNullOrWhiteSpace(target))
        {
            return false;
        }

        var text = target.Trim();
        var digits = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (!(c is ' ' or '-' or '(' or ')' or '.' || (c == '+' && i == 0)))
            {
                return false;
            }
        }

        return digits is >= 3 and <= 20;
    }
}
