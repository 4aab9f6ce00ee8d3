using System.Globalization;

namespace PureConnect.Simulators.SalesforceOrg.Api;

/// <summary>The <c>vXX.X</c> segment of a data path.</summary>
internal sealed record ApiVersion(decimal Number, string Text)
{
    /// <summary>Upsert answers carry <c>created</c> (and an update answers 200 with a body instead of 204) from v46.0.</summary>
    public bool HasUpsertCreatedFlag => Number >= 46m;

    public static ApiVersion? Parse(string text) =>
        text.Length > 1 && text[0] == 'v'
        && decimal.TryParse(text.AsSpan(1), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
        && number is >= 20m and < 100m
            ? new ApiVersion(number, text)
            : null;

    public string SObjectUrl(string type, string id) => $"/services/data/{Text}/sobjects/{type}/{id}";
}
