using PureConnect.Icws;

namespace PureConnect.Grains.Agents;

/// <summary>
/// The status list of the spec's "Set your status": only statuses this agent may select, favorites first then by text,
/// and a search that matches any part of the text. Favorites are kept only for statuses that exist. Pure.
/// </summary>
public static class StatusCatalog
{
    public const int MaxFavorites = 20;

    public static IReadOnlyList<StatusOption> For(
        IReadOnlyList<StatusMessage> statuses, IReadOnlySet<string>? allowed, IReadOnlyList<string> favorites, string? search, Uri? iconBase)
    {
        var favoriteSet = favorites.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var text = search?.Trim();
        return [.. statuses
            .Where(s => s.IsSelectableStatus && (allowed is null || allowed.Contains(s.StatusId)))
            .Where(s => string.IsNullOrEmpty(text) || s.MessageText.Contains(text, StringComparison.CurrentCultureIgnoreCase)
                || s.StatusId.Contains(text, StringComparison.OrdinalIgnoreCase))
            .Select(s => new StatusOption(s.StatusId, s.MessageText, IconOf(s.IconUri, iconBase), s.IsForwardStatus, s.CanHaveDate,
                s.CanHaveTime, favoriteSet.Contains(s.StatusId)))
            .OrderByDescending(s => s.IsFavorite)
            .ThenBy(s => s.MessageText, StringComparer.CurrentCultureIgnoreCase)];
    }

    /// <summary>Trimmed, without blanks or duplicates (case-insensitive), at most <see cref="MaxFavorites"/>; null when too many.</summary>
    public static IReadOnlyList<string>? NormalizeFavorites(IReadOnlyList<string> statusIds)
    {
        var ids = statusIds.Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return ids.Count <= MaxFavorites ? ids : null;
    }

    /// <summary>
    /// The catalogue after a change of CIC's status messages: a snapshot replaces it; a delta adds, replaces changed entries
    /// whole (a changed entry is complete) and deletes removed ids (ids compare case-insensitively).
    /// </summary>
    public static IReadOnlyList<StatusMessage> Apply(IReadOnlyList<StatusMessage> current, StatusCatalogChange change)
    {
        if (change.IsSnapshot)
        {
            return [.. change.Added.Concat(change.Changed).Select(ToMessage).DistinctBy(s => s.StatusId, StringComparer.OrdinalIgnoreCase)];
        }

        var replaced = change.Added.Concat(change.Changed).Select(ToMessage).ToList();
        var gone = replaced.Select(s => s.StatusId).Concat(change.Removed).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. current.Where(s => !gone.Contains(s.StatusId)),
            .. replaced.Where(s => !change.Removed.Contains(s.StatusId, StringComparer.OrdinalIgnoreCase)).DistinctBy(s => s.StatusId, StringComparer.OrdinalIgnoreCase)];
    }

    private static StatusMessage ToMessage(StatusDefinition d) => new(d.StatusId, d.MessageText, d.IconUri, d.GroupTag, d.CanHaveDate,
        d.CanHaveTime, d.IsDoNotDisturbStatus, d.IsSelectableStatus, d.IsPersistentStatus, d.IsForwardStatus, d.IsAfterCallWorkStatus,
        d.IsAcdStatus, d.IsAllowFollowUpStatus, d.SystemId);

    /// <summary>
    /// CIC icon URIs are relative to the server root (reference §6.1), which is the ICWS base URL: behind a reverse proxy
    /// (<c>&lt;appBase&gt;/api/&lt;server&gt;/</c>) the icon is under the same prefix as <c>/icws</c>.
    /// </summary>
    internal static string? IconOf(string? iconUri, Uri? iconBase) =>
        iconUri is null || iconBase is null || iconUri.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || iconUri.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? iconUri
            : new Uri(AsDirectory(iconBase), iconUri.TrimStart('/')).AbsoluteUri;

    private static Uri AsDirectory(Uri root) => root.AbsoluteUri.EndsWith('/') ? root : new Uri(root.AbsoluteUri + "/");
}
