using PureConnect.AgentUi.AgentApi;

namespace PureConnect.AgentUi.Softphone;

/// <summary>A personal category as a choice in a list ("Add to", "Move to"): its id and its name indented by its depth.</summary>
public sealed record CategoryChoice(string Id, string Name, int Depth);

/// <summary>The personal library as the personal-responses page organises it: its categories as a flat list of choices, and
/// where an item or category sits.</summary>
public static class ResponseTreeRules
{
    /// <summary>Every category, depth-first, with its depth (0 at the top of My Responses).</summary>
    public static IReadOnlyList<CategoryChoice> Categories(IReadOnlyList<ResponseCategory> categories, int depth = 0) =>
        [.. categories.SelectMany(c => Categories(c.Categories, depth + 1).Prepend(new CategoryChoice(c.Id, c.Name, depth)))];

    /// <summary>Every item of the library, depth-first.</summary>
    public static IReadOnlyList<ResponseItem> Items(ResponseLibrary library) => [.. library.Items.Concat(ItemsOf(library.Categories))];

    /// <summary>The categories a category may move into: all but itself and its own categories.</summary>
    public static IReadOnlyList<CategoryChoice> MoveTargets(IReadOnlyList<ResponseCategory> categories, string movingId)
    {
        var moving = Find(categories, movingId);
        var excluded = moving is null ? [] : Categories([moving]).Select(c => c.Id).ToHashSet();
        return [.. Categories(categories).Where(c => !excluded.Contains(c.Id))];
    }

    private static IEnumerable<ResponseItem> ItemsOf(IReadOnlyList<ResponseCategory> categories) =>
        categories.SelectMany(c => c.Items.Concat(ItemsOf(c.Categories)));

    private static ResponseCategory? Find(IReadOnlyList<ResponseCategory> categories, string id) =>
        categories.FirstOrDefault(c => c.Id == id) ?? categories.Select(c => Find(c.Categories, id)).FirstOrDefault(c => c is not null);
}
