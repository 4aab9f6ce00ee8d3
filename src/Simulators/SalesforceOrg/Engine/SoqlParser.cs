using System.Globalization;
using System.Text;

namespace PureConnect.Simulators.SalesforceOrg.Engine;

/// <summary>
/// Parses the SOQL subset the integration and an administrator use:
/// <c>SELECT f1, f2 FROM Object [WHERE f op v [AND f op v]…] [ORDER BY f [ASC|DESC] [, …]] [LIMIT n]</c>, where op is
/// <c>= != &lt;&gt; &lt; &lt;= &gt; &gt;= LIKE IN</c> and v a quoted string (<c>\'</c> escapes), a number, <c>true</c>/<c>false</c>,
/// <c>null</c>, an unquoted date or datetime, or for IN a parenthesised list of those. Keywords are case-insensitive.
/// Not supported (400 <c>MALFORMED_QUERY</c> naming it): OR, NOT, nested parentheses, relationship fields (<c>Owner.Name</c>),
/// functions and aggregates (<c>COUNT()</c>, <c>FIELDS(ALL)</c>), subqueries, GROUP BY, OFFSET, date literals such as
/// <c>TODAY</c>, NULLS FIRST/LAST, FOR UPDATE, ALL ROWS.
/// </summary>
internal static class SoqlParser
{
    private static readonly string[] Operators = ["<=", ">=", "!=", "<>", "=", "<", ">"];

    public static SoqlQuery Parse(string soql)
    {
        var tokens = new Tokens(Tokenize(soql));
        tokens.Expect("SELECT");
        var fields = new List<string> { tokens.Field() };
        while (tokens.TryTake(","))
            fields.Add(tokens.Field());

        tokens.Expect("FROM");
        var obj = tokens.Identifier("an object name");
        var where = new List<SoqlCondition>();
        if (tokens.TryTake("WHERE"))
        {
            do
                where.Add(Condition(tokens));
            while (tokens.TryTake("AND"));
        }

        var order = new List<SoqlOrder>();
        if (tokens.TryTake("ORDER"))
        {
            tokens.Expect("BY");
            do
            {
                var field = tokens.Field();
                var descending = tokens.TryTake("DESC");
                if (!descending)
                    tokens.TryTake("ASC");

                order.Add(new SoqlOrder(field, descending));
            }
            while (tokens.TryTake(","));
        }

        int? limit = null;
        if (tokens.TryTake("LIMIT"))
        {
            var text = tokens.Next("a number");
            limit = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw Malformed($"unexpected token: '{text}'");
        }

        if (tokens.Peek() is { } extra)
            throw Unsupported(extra);

        return new SoqlQuery(obj, fields, where, order, limit);
    }

    private static SoqlCondition Condition(Tokens tokens)
    {
        var field = tokens.Field();
        var op = tokens.Next("an operator");
        if (op.Equals("LIKE", StringComparison.OrdinalIgnoreCase))
            return new SoqlCondition(field, "LIKE", tokens.Literal() as string ?? throw Malformed("LIKE needs a quoted string"));

        if (op.Equals("IN", StringComparison.OrdinalIgnoreCase))
        {
            tokens.Expect("(");
            var values = new List<object?> { tokens.Literal() };
            while (tokens.TryTake(","))
                values.Add(tokens.Literal());

            tokens.Expect(")");
            return new SoqlCondition(field, "IN", values);
        }

        return Operators.Contains(op) ? new SoqlCondition(field, op == "<>" ? "!=" : op, tokens.Literal()) : throw Unsupported(op);
    }

    private static OrgException Malformed(string message) => new(400, ErrorCodes.MalformedQuery, message);

    private static OrgException Unsupported(string token) =>
        Malformed($"unexpected token: '{token}' (the simulator supports SELECT fields FROM object [WHERE … AND …] [ORDER BY …] [LIMIT n])");

    private static List<string> Tokenize(string soql)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < soql.Length)
        {
            var c = soql[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '\'')
            {
                var text = new StringBuilder("'");
                i++;
                while (true)
                {
                    if (i >= soql.Length)
                        throw Malformed("unterminated string literal");

                    if (soql[i] == '\\' && i + 1 < soql.Length)
                    {
                        text.Append(soql[i + 1]);
                        i += 2;
                    }
                    else if (soql[i] == '\'')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        text.Append(soql[i++]);
                    }
                }

                tokens.Add(text.ToString());
            }
            else if (c is ',' or '(' or ')')
            {
                tokens.Add(c.ToString());
                i++;
            }
            else if (Operators.FirstOrDefault(op => string.CompareOrdinal(soql, i, op, 0, op.Length) == 0) is { } op)
            {
                tokens.Add(op);
                i += op.Length;
            }
            else
            {
                var start = i;
                while (i < soql.Length && !char.IsWhiteSpace(soql[i]) && soql[i] is not (',' or '(' or ')' or '\'' or '=' or '<' or '>' or '!'))
                    i++;

                tokens.Add(soql[start..i]);
            }
        }

        return tokens;
    }

    private sealed class Tokens(List<string> items)
    {
        private int _next;

        public string? Peek() => _next < items.Count ? items[_next] : null;

        public string Next(string expected) => Peek() is { } token ? items[_next++] : throw Malformed($"unexpected end of query: expecting {expected}");

        public bool TryTake(string keyword)
        {
            if (Peek() is not { } token || !token.Equals(keyword, StringComparison.OrdinalIgnoreCase))
                return false;

            _next++;
            return true;
        }

        public void Expect(string keyword)
        {
            if (!TryTake(keyword))
                throw Malformed(Peek() is { } token ? $"unexpected token: '{token}' (expecting '{keyword}')" : $"unexpected end of query: expecting '{keyword}'");
        }

        public string Identifier(string expected)
        {
            var token = Next(expected);
            return token.Length > 0 && (char.IsLetter(token[0]) || token[0] == '_') && token.All(c => char.IsLetterOrDigit(c) || c == '_')
                ? token
                : throw Unsupported(token);
        }

        public string Field()
        {
            var token = Next("a field name");
            if (token.Contains('.', StringComparison.Ordinal))
                throw Malformed($"relationship fields such as '{token}' are not supported by the simulator");

            if (Peek() == "(")
                throw Malformed($"functions such as '{token}(…)' are not supported by the simulator");

            _next--;
            return Identifier("a field name");
        }

        public object? Literal()
        {
            var token = Next("a value");
            if (token.StartsWith('\''))
                return token[1..];

            if (token.Equals("null", StringComparison.OrdinalIgnoreCase))
                return null;

            if (token.Equals("true", StringComparison.OrdinalIgnoreCase) || token.Equals("false", StringComparison.OrdinalIgnoreCase))
                return token.Equals("true", StringComparison.OrdinalIgnoreCase);

            if (decimal.TryParse(token, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
                return number;

            if (token.Length >= 10 && char.IsAsciiDigit(token[0])
                && DateTimeOffset.TryParse(token, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
                return new SoqlDateTime(at);

            throw Unsupported(token);
        }
    }
}
