namespace PureConnect.Simulators.SalesforceOrg.Engine;

/// <summary>A parsed SOQL query of the supported subset (see <see cref="SoqlParser"/>).</summary>
internal sealed record SoqlQuery(string Object, IReadOnlyList<string> Fields, IReadOnlyList<SoqlCondition> Where, IReadOnlyList<SoqlOrder> OrderBy, int? Limit);

/// <summary><c>Field Operator Value</c>; conditions of a query are joined by AND.</summary>
internal sealed record SoqlCondition(string Field, string Operator, object? Value);

/// <summary>One ORDER BY key.</summary>
internal sealed record SoqlOrder(string Field, bool Descending);

/// <summary>An unquoted date or datetime literal (<c>2026-03-01</c>, <c>2026-03-01T00:00:00Z</c>).</summary>
internal sealed record SoqlDateTime(DateTimeOffset Value);
