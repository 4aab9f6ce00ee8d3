namespace PureConnect.Grains.Responses;

/// <summary>A response found by a search, with the names of its library and categories ("General › Greetings").</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.ResponseHit")]
public sealed record ResponseHit([property: Id(0)] ResponseItemModel Item, [property: Id(1)] string LibraryId, [property: Id(2)] IReadOnlyList<string> Path);

/// <summary>
/// Searching the libraries (spec: "Search for a response": the full-text search uses Name, Shortcut and Labels along with
/// the item's content) and looking up a shortcut. Every word of the query must occur (case-insensitively) in one of those;
/// an exact shortcut comes first, then matches in the name, then the rest, each in tree order. The personal library is
/// searched first; for a shortcut the first item found wins (spec: "the first one located is used").
/// </summary>
public static class ResponseSearch
{
    public const int MaxQueryLength = 200;

    public static IReadOnlyList<ResponseHit> Search(IReadOnlyList<ResponseLibraryModel> libraries, string query, int maxResults = 50)
    {
        var words = query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return [];
        }

        var trimmed = query.Trim();
        return [.. All(libraries)
            .Where(hit => words.All(word => Matches(hit.Item, word)))
            .Select((hit, order) => (hit, order, rank: Rank(hit.Item, trimmed, words)))
            .OrderBy(x => x.rank).ThenBy(x => x.order)
            .Take(maxResults)
            .Select(x => x.hit)];
    }

    /// <summary>The first item whose shortcut is <paramref name="shortcut"/> (case-insensitive), personal library first.</summary>
    public static ResponseItemModel? FindByShortcut(IReadOnlyList<ResponseLibraryModel> libraries, string shortcut) =>
        string.IsNullOrWhiteSpace(shortcut)
            ? null
            : All(libraries).Select(h => h.Item).FirstOrDefault(i => string.Equals(i.Shortcut, shortcut.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The item with <paramref name="id"/> in any library.</summary>
    public static ResponseHit? FindById(IReadOnlyList<ResponseLibraryModel> libraries, string id) =>
        All(libraries).FirstOrDefault(h => string.Equals(h.Item.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>Every item, personal library first, each library depth-first (its items before its categories').</summary>
    public static IEnumerable<ResponseHit> All(IReadOnlyList<ResponseLibraryModel> libraries) =>
        libraries.OrderBy(l => l.IsPersonal ? 0 : 1)
            .SelectMany(l => Walk(l.Id, [l.Name], l.Categories, l.Items));

    private static IEnumerable<ResponseHit> Walk(string libraryId, IReadOnlyList<string> path, IReadOnlyList<ResponseCategoryModel> categories, IReadOnlyList<ResponseItemModel> items) =>
        items.Select(i => new ResponseHit(i, libraryId, path))
            .Concat(categories.SelectMany(c => Walk(libraryId, [.. path, c.Name], c.Categories, c.Items)));

    private static bool Matches(ResponseItemModel item, string word) =>
        Contains(item.Name, word) || Contains(item.Shortcut, word) || item.Labels.Any(l => Contains(l, word))
        || Contains(ResponseMacros.PlainValue(item), word);

    private static int Rank(ResponseItemModel item, string query, string[] words) =>
        string.Equals(item.Shortcut, query, StringComparison.OrdinalIgnoreCase) ? 0
        : words.All(w => Contains(item.Name, w)) ? 1
        : 2;

    private static bool Contains(string? text, string word) => text is not null && text.Contains(word, StringComparison.OrdinalIgnoreCase);
}
