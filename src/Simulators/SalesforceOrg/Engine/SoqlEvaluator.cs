using System.Globalization;
using System.Text.RegularExpressions;

namespace PureConnect.Simulators.SalesforceOrg.Engine;

/// <summary>
/// Runs a <see cref="SoqlQuery"/> over rows given as field getters: checks the fields against the object's columns
/// (<c>INVALID_FIELD</c>), filters (text compares case-insensitively, as SOQL does; LIKE with <c>%</c> and <c>_</c>; a null
/// matches only <c>= null</c>), orders (nulls first ascending, last descending) and limits.
/// </summary>
internal static class SoqlEvaluator
{
    public static IReadOnlyList<Func<string, object?>> Run(SoqlQuery query, string objectName, IReadOnlyList<string> columns,
        IEnumerable<Func<string, object?>> rows)
    {
        string Column(string name) => columns.FirstOrDefault(column => column.Equals(name, StringComparison.OrdinalIgnoreCase))
            ?? throw new OrgException(400, ErrorCodes.InvalidField,
                $"No such column '{name}' on entity '{objectName}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.");

        foreach (var field in query.Fields)
            Column(field);

        var where = query.Where.Select(condition => condition with { Field = Column(condition.Field) }).ToList();
        var order = query.OrderBy.Select(key => key with { Field = Column(key.Field) }).ToList();
        var matching = rows.Where(row => where.All(condition => Matches(row(condition.Field), condition)));
        IOrderedEnumerable<Func<string, object?>>? ordered = null;
        foreach (var key in order)
        {
            Func<Func<string, object?>, object?> by = row => row(key.Field);
            ordered = ordered is null
                ? key.Descending ? matching.OrderByDescending(by, ValueComparer.Instance) : matching.OrderBy(by, ValueComparer.Instance)
                : key.Descending ? ordered.ThenByDescending(by, ValueComparer.Instance) : ordered.ThenBy(by, ValueComparer.Instance);
        }

        var result = (IEnumerable<Func<string, object?>>?)ordered ?? matching;
        return [.. query.Limit is { } limit ? result.Take(limit) : result];
    }

    private static bool Matches(object? value, SoqlCondition condition)
    {
        if (condition.Operator == "IN")
            return ((IEnumerable<object?>)condition.Value!).Any(item => Compare(value, item) == 0 && value is not null);

        if (condition.Operator == "LIKE")
            return value is string text && Like((string)condition.Value!).IsMatch(text);

        if (value is null || condition.Value is null)
        {
            var bothNull = value is null && condition.Value is null;
            return condition.Operator switch { "=" => bothNull, "!=" => !bothNull, _ => false };
        }

        var comparison = Compare(value, condition.Value);
        return condition.Operator switch
        {
            "=" => comparison == 0,
            "!=" => comparison != 0,
            "<" => comparison < 0,
            "<=" => comparison <= 0,
            ">" => comparison > 0,
            ">=" => comparison >= 0,
            _ => false,
        };
    }

    private static Regex Like(string pattern) => new(
        "^" + Regex.Escape(pattern).Replace("%", ".*", StringComparison.Ordinal).Replace("_", ".", StringComparison.Ordinal) + "$",
        RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>Compares a stored value with a literal or another stored value; nulls sort first.</summary>
    private static int Compare(object? left, object? right)
    {
        if (left is null || right is null)
            return (left is null ? 0 : 1) - (right is null ? 0 : 1);

        if (Number(left) is { } l && Number(right) is { } r)
            return l.CompareTo(r);

        if (right is SoqlDateTime when && Time(left) is { } at)
            return at.CompareTo(when.Value);

        if (left is bool lb && right is bool rb)
            return lb.CompareTo(rb);

        return string.Compare(Convert.ToString(left, CultureInfo.InvariantCulture), Convert.ToString(right, CultureInfo.InvariantCulture),
            StringComparison.OrdinalIgnoreCase);
    }

    private static decimal? Number(object value) => value switch
    {
        long l => l,
        int i => i,
        decimal d => d,
        _ => null,
    };

    private static DateTimeOffset? Time(object value) =>
        value is string text && DateTimeOffset.TryParse(text.Replace("+0000", "Z", StringComparison.Ordinal), CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal, out var at)
            ? at
            : null;

    private sealed class ValueComparer : IComparer<object?>
    {
        public static readonly ValueComparer Instance = new();

        public int Compare(object? x, object? y) => SoqlEvaluator.Compare(x, y);
    }
}
