using System.Text.Json.Nodes;

namespace PureConnect.CrmProjector.CallLogs;

/// <summary>How a CIC user id finds its Salesforce user: the configured map, else the SOQL look-up and its single match. Pure.</summary>
public static class TaskOwnerRules
{
    public static string? Configured(TaskOwnerOptions options, string cicUserId) =>
        options.Map.FirstOrDefault(p => string.Equals(p.Key, cicUserId, StringComparison.OrdinalIgnoreCase)).Value is { Length: > 0 } id ? id : null;

    /// <summary>The look-up of the active user whose match field holds the CIC user id; null when none is configured or the field is not a
    /// field name. Two rows are asked for, so an ambiguous match is seen.</summary>
    public static string? Query(TaskOwnerOptions options, string cicUserId)
    {
        var field = options.MatchField.Trim();
        if (field.Length == 0 || !field.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') || string.IsNullOrWhiteSpace(cicUserId))
        {
            return null;
        }

        var value = field.Equals("Email", StringComparison.OrdinalIgnoreCase) && !cicUserId.Contains('@') && !string.IsNullOrWhiteSpace(options.EmailDomain)
            ? $"{cicUserId}@{options.EmailDomain.Trim().TrimStart('@')}"
            : cicUserId;
        return $"SELECT Id FROM User WHERE {field} = '{Escape(value)}' AND IsActive = true LIMIT 2";
    }

    /// <summary>The user's id when exactly one user matched.</summary>
    public static string? OwnerOf(IReadOnlyList<JsonObject> users) =>
        users.Count == 1 && users[0]["Id"]?.GetValue<string>() is { Length: > 0 } id ? id : null;

    /// <summary>SOQL string literal escaping: backslash and single quote.</summary>
    private static string Escape(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal);
}
