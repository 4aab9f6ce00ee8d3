namespace PureConnect.Simulators.SalesforceOrg.Engine;

/// <summary>
/// Deterministic 18-character record ids: a 3-character key prefix, a base-62 counter, and the 3-character suffix
/// Salesforce derives from the case of the first 15 characters (so case-insensitive systems can tell ids apart).
/// </summary>
internal sealed class SalesforceIds
{
    public const string Task = "00T";
    public const string Contact = "003";
    public const string Lead = "00Q";
    public const string Account = "001";
    public const string User = "005";
    public const string Group = "00G";
    public const string Organization = "00D";
    public const string Case = "500";
    public const string EmailMessage = "02s";
    public const string OutboundMessage = "04l";

    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private const string SuffixAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

    private long _next;

    public string Next(string prefix)
    {
        var n = Interlocked.Increment(ref _next);
        var body = new char[12];
        for (var i = body.Length - 1; i >= 0; i--)
        {
            body[i] = Base62[(int)(n % 62)];
            n /= 62;
        }

        // "SIM" marks simulator ids in logs; the rest is the counter.
        var id15 = prefix + "0SIM" + new string(body, 4, 8);
        return id15 + Suffix(id15);
    }

    public static string Suffix(string id15)
    {
        var suffix = new char[3];
        for (var chunk = 0; chunk < 3; chunk++)
        {
            var bits = 0;
            for (var i = 0; i < 5; i++)
            {
                if (char.IsAsciiLetterUpper(id15[chunk * 5 + i]))
                    bits |= 1 << i;
            }

            suffix[chunk] = SuffixAlphabet[bits];
        }

        return new string(suffix);
    }

    /// <summary>Well formed: 15 or 18 alphanumeric characters.</summary>
    public static bool IsWellFormed(string? id) =>
        id is { Length: 15 or 18 } && id.All(char.IsAsciiLetterOrDigit);

    /// <summary>The 18-character form of a well-formed id.</summary>
    public static string To18(string id) => id.Length == 18 ? id : id + Suffix(id);
}
