using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.Options;

namespace PureConnect.Simulators.CicServer.ResponseManagement;

/// <summary>Checks a personal library sent with <c>PUT response-management</c>: the library's id and name (the user id),
/// every category and item with an id and a name, every item with a known type and a value, no id twice, not too big.</summary>
internal static class ResponseLibraryValidator
{
    public static void Validate(ResponseLibrarySeed library, string personalId, string userId, int maxEntries)
    {
        if (!string.Equals(library.Id, personalId, StringComparison.OrdinalIgnoreCase))
        {
            throw Invalid($"'id' must be the id of the personal library ({personalId}).");
        }

        if (!string.Equals(library.Name, userId, StringComparison.OrdinalIgnoreCase))
        {
            throw Invalid("'name' of the personal library must be the user id.");
        }

        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        Check(library.Categories ?? [], library.Items ?? [], ids, maxEntries);
    }

    private static void Check(List<ResponseCategorySeed> categories, List<ResponseItemSeed> items, HashSet<string> ids, int maxEntries)
    {
        foreach (var category in categories)
        {
            Claim(category?.Id, category?.Name, "category", ids, maxEntries);
            Check(category!.Categories ?? [], category.Items ?? [], ids, maxEntries);
        }

        foreach (var item in items)
        {
            Claim(item?.Id, item?.Name, "item", ids, maxEntries);
            if (item!.Type is < 0 or > 2)
            {
                throw Invalid($"Item '{item.Id}' has type {item.Type}; 0 (Text), 1 (URL) or 2 (File) is expected.");
            }

            if (string.IsNullOrEmpty(item.Value))
            {
                throw Invalid($"Item '{item.Id}' has no 'value'.");
            }
        }
    }

    private static void Claim(string? id, string? name, string what, HashSet<string> ids, int maxEntries)
    {
        if (string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(name))
        {
            throw Invalid($"Every {what} needs an 'id' and a 'name'.");
        }

        if (!ids.Add(id))
        {
            throw Invalid($"The id '{id}' is used twice.");
        }

        if (ids.Count > maxEntries)
        {
            throw Invalid($"A personal library holds at most {maxEntries} items and categories.");
        }
    }

    private static IcwsErrorException Invalid(string message) => new(400, ErrorIds.InvalidResponseLibrary, message);
}
