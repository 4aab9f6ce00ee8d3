namespace PureConnect.Simulators.CicServer.Engine;

/// <summary>What the simulator accepts as a dialable number, and its normalized form.</summary>
internal static class PhoneNumbers
{
    /// <summary>Digits with an optional leading +; spaces, dashes and parentheses allowed; 3–20 digits.</summary>
    public static bool IsDialable(string text)
    {
        var body = text.Trim();
        if (body.StartsWith('+'))
        {
            body = body[1..];
        }

        var digits = 0;
        foreach (var c in body)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c is not (' ' or '-' or '(' or ')'))
            {
                return false;
            }
        }

        return digits is >= 3 and <= 20;
    }

    /// <summary>E.164-like: + and digits; ten-digit numbers are taken as North American.</summary>
    public static string Normalize(string text)
    {
        var digits = new string([.. text.Where(char.IsAsciiDigit)]);
        if (text.TrimStart().StartsWith('+'))
        {
            return "+" + digits;
        }

        return digits.Length == 10 ? "+1" + digits : digits;
    }
}
