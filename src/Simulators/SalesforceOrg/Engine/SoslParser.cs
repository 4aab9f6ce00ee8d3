using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PureConnect.Simulators.SalesforceOrg.Engine;

/// <summary>
/// Parses the SOSL subset a CTI search uses: <c>FIND {term} [IN ALL|NAME|EMAIL|PHONE|SIDEBAR FIELDS]
/// [RETURNING Obj[(field, ...)], ...] [LIMIT n]</c>. <c>WHERE</c>, <c>ORDER BY</c> and per-object limits are refused.
/// </summary>
internal static partial class SoslParser
{
    private const int MaxRows = 2_000;

    [GeneratedRegex(@"^\s*FIND\s*\{(?<term>(?:\\.|[^\\}])*)\}\s*(?:IN\s+(?<scope>ALL|NAME|EMAIL|PHONE|SIDEBAR)\s+FIELDS\s*)?(?:RETURNING\s+(?<returning>.+?))?\s*(?:LIMIT\s+(?<limit>\d+))?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.ExplicitCapture)]
    private static partial Regex Grammar();

    [GeneratedRegex(@"^\s*(?<type>\w+)\s*(?:\((?<fields>[^()]*)\))?\s*$", RegexOptions.ExplicitCapture)]
    private static partial Regex ReturningItem();

    public static SoslSearch Parse(string? query)
    {
        var match = Grammar().Match(query ?? "");
        if (!match.Success)
            throw Malformed($"unexpected syntax in '{query}'");

        var term = Unescape(match.Groups["term"].Value).Trim();
        if (term.Length < 2)
            throw new OrgException(400, ErrorCodes.InvalidSearch, "search term must be longer than one character: " + term);

        var scope = match.Groups["scope"].Success ? Enum.Parse<SoslScope>(match.Groups["scope"].Value, ignoreCase: true) : SoslScope.All;
        var limit = match.Groups["limit"].Success ? Math.Min(MaxRows, int.Parse(match.Groups["limit"].Value, CultureInfo.InvariantCulture)) : MaxRows;
        var returning = match.Groups["returning"].Success
            ? SplitTopLevel(match.Groups["returning"].Value).Select(ParseReturning).ToList()
            : [.. RecordTypes.Prefixes.Keys.Select(type => new SoslReturning(type, ["Id"]))];
        return new SoslSearch(term, scope, returning, limit);
    }

    private static SoslReturning ParseReturning(string item)
    {
        var match = ReturningItem().Match(item);
        if (!match.Success)
            throw Malformed($"unsupported RETURNING item '{item.Trim()}' (WHERE, ORDER BY and LIMIT inside it are not simulated)");

        var type = RecordTypes.Canonical(match.Groups["type"].Value)
                   ?? throw new OrgException(400, ErrorCodes.InvalidType, $"sObject type '{match.Groups["type"].Value}' is not supported.");
        if (!match.Groups["fields"].Success)
            return new SoslReturning(type, ["Id"]);

        var fields = match.Groups["fields"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var field in fields)
        {
            if (!field.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
                throw Malformed($"unsupported clause in RETURNING {type}({match.Groups["fields"].Value}) (WHERE, ORDER BY and LIMIT are not simulated)");

            if (!PhoneRecord.FieldNames.Contains(field, StringComparer.OrdinalIgnoreCase) || (field.Equals("AccountId", StringComparison.OrdinalIgnoreCase) && type != "Contact"))
                throw new OrgException(400, ErrorCodes.InvalidField, $"No such column '{field}' on entity '{type}'.");
        }

        return new SoslReturning(type, [.. fields.Select(field => PhoneRecord.FieldNames.First(name => name.Equals(field, StringComparison.OrdinalIgnoreCase)))]);
    }

    private static IEnumerable<string> SplitTopLevel(string text)
    {
        var depth = 0;
        var current = new StringBuilder();
        foreach (var c in text)
        {
            depth += c switch { '(' => 1, ')' => -1, _ => 0 };
            if (c == ',' && depth == 0)
            {
                yield return current.ToString();
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        yield return current.ToString();
    }

    private static string Unescape(string term)
    {
        var result = new StringBuilder(term.Length);
        for (var i = 0; i < term.Length; i++)
            result.Append(term[i] == '\\' && i + 1 < term.Length ? term[++i] : term[i]);

        return result.ToString();
    }

    private static OrgException Malformed(string why) => new(400, ErrorCodes.MalformedSearch, "SOSL: " + why);
}
