using PureConnect.Grains.Text;

namespace PureConnect.Grains.Responses;

/// <summary>A personal response as the agent types it in the editor.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.ResponseDraft")]
public sealed record ResponseDraft(
    [property: Id(0)] string? Name,
    [property: Id(1)] ResponseItemKind Kind,
    [property: Id(2)] string? Shortcut,
    [property: Id(3)] IReadOnlyList<string>? Labels,
    [property: Id(4)] string? Value);

/// <summary>The personal library after an edit and the id it concerns, or why the edit was refused (400 bad input,
/// 404 unknown id, 409 a move that cannot be).</summary>
public sealed record PersonalEdit(ResponseLibraryModel? Library, string? Id, int Status = 200, string? ErrorCode = null, string? Message = null)
{
    public bool Succeeded => ErrorCode is null;

    public static PersonalEdit Refuse(int status, string code, string message) => new(null, null, status, code, message);
}

/// <summary>
/// Creating, editing, deleting and organising personal responses and categories (spec: "Create personal responses",
/// "Organize personal responses") on the personal library, which is then saved whole. Names are required (at most
/// <see cref="MaxNameLength"/>), a shortcut has no spaces and none of the characters the spec forbids (~ ! ? * ^ \), labels
/// are words, a URL response holds an http(s) URL, and no text holds control characters.
/// </summary>
public static class PersonalResponses
{
    public const int MaxNameLength = 100;
    public const int MaxShortcutLength = 50;
    public const int MaxLabels = 20;
    public const int MaxLabelLength = 50;
    public const int MaxValueLength = 20_000;
    public const string ForbiddenShortcutCharacters = "~!?*^\\";

    public const string Invalid = "responses.invalid";
    public const string NotFound = "responses.notFound";
    public const string BadMove = "responses.badMove";

    /// <summary>Why <paramref name="draft"/> cannot be saved, or null when it can.</summary>
    public static string? Check(ResponseDraft draft)
    {
        if (CheckName(draft.Name, "A response") is { } nameProblem)
        {
            return nameProblem;
        }

        if (draft.Kind is not (ResponseItemKind.Text or ResponseItemKind.Url or ResponseItemKind.File))
        {
            return "The kind of a response is Text, Url or File.";
        }

        if (draft.Shortcut is { Length: > 0 } shortcut)
        {
            if (shortcut.Length > MaxShortcutLength)
            {
                return $"A shortcut has at most {MaxShortcutLength} characters.";
            }

            if (shortcut.Any(char.IsWhiteSpace) || shortcut.IndexOfAny(ForbiddenShortcutCharacters.ToCharArray()) >= 0 || ControlCharacters.Contains(shortcut))
            {
                return "A shortcut has no spaces and none of ~ ! ? * ^ \\.";
            }
        }

        var labels = draft.Labels ?? [];
        if (labels.Count > MaxLabels || labels.Any(l => string.IsNullOrWhiteSpace(l) || l.Length > MaxLabelLength || l.Any(char.IsWhiteSpace) || ControlCharacters.Contains(l)))
        {
            return $"Labels are at most {MaxLabels} words of at most {MaxLabelLength} characters each.";
        }

        if (string.IsNullOrWhiteSpace(draft.Value))
        {
            return "A response needs its text, URL or file name.";
        }

        if (draft.Value.Length > MaxValueLength)
        {
            return $"A response holds at most {MaxValueLength} characters.";
        }

        if (ControlCharacters.Contains(draft.Value))
        {
            return "The response's text holds control characters.";
        }

        return draft.Kind == ResponseItemKind.Url && !(Uri.TryCreate(draft.Value.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            ? "A URL response holds an http or https URL."
            : null;
    }

    /// <summary>Applies <paramref name="command"/>; <paramref name="newId"/> names what it creates.</summary>
    public static PersonalEdit Apply(ResponseLibraryModel library, PersonalResponseCommand command, string newId) => command.Kind switch
    {
        PersonalEditKind.AddItem when command.Draft is { } draft => AddItem(library, command.CategoryId, draft, newId),
        PersonalEditKind.UpdateItem when command is { Id: { } id, Draft: { } draft } => UpdateItem(library, id, draft),
        PersonalEditKind.AddCategory => AddCategory(library, command.CategoryId, command.Name, newId),
        PersonalEditKind.RenameCategory when command.Id is { } id => RenameCategory(library, id, command.Name),
        PersonalEditKind.Delete when command.Id is { } id => Delete(library, id),
        PersonalEditKind.Move when command.Id is { } id => Move(library, id, command.CategoryId),
        _ => PersonalEdit.Refuse(400, Invalid, "The edit is incomplete."),
    };

    public static PersonalEdit AddItem(ResponseLibraryModel library, string? categoryId, ResponseDraft draft, string newId)
    {
        if (Check(draft) is { } problem)
        {
            return PersonalEdit.Refuse(400, Invalid, problem);
        }

        var item = ToItem(newId, draft);
        return Into(library, categoryId, newId, items => [.. items, item], categories => categories);
    }

    public static PersonalEdit UpdateItem(ResponseLibraryModel library, string itemId, ResponseDraft draft)
    {
        if (Check(draft) is { } problem)
        {
            return PersonalEdit.Refuse(400, Invalid, problem);
        }

        if (!ItemIds(library.Categories, library.Items).Contains(itemId, StringComparer.OrdinalIgnoreCase))
        {
            return PersonalEdit.Refuse(404, NotFound, "You have no personal response with that id.");
        }

        var updated = ToItem(itemId, draft);
        var (categories, items) = Map(library.Categories, library.Items, i => Same(i.Id, itemId) ? updated : i, c => c);
        return new PersonalEdit(library with { Categories = categories, Items = items }, itemId);
    }

    public static PersonalEdit AddCategory(ResponseLibraryModel library, string? parentId, string? name, string newId)
    {
        if (CheckName(name, "A category") is { } problem)
        {
            return PersonalEdit.Refuse(400, Invalid, problem);
        }

        var category = new ResponseCategoryModel(newId, name!.Trim(), [], []);
        return Into(library, parentId, newId, items => items, categories => [.. categories, category]);
    }

    public static PersonalEdit RenameCategory(ResponseLibraryModel library, string categoryId, string? name)
    {
        if (CheckName(name, "A category") is { } problem)
        {
            return PersonalEdit.Refuse(400, Invalid, problem);
        }

        if (FindCategory(library.Categories, categoryId) is null)
        {
            return PersonalEdit.Refuse(404, NotFound, "You have no personal category with that id.");
        }

        var (categories, items) = Map(library.Categories, library.Items, i => i, c => Same(c.Id, categoryId) ? c with { Name = name!.Trim() } : c);
        return new PersonalEdit(library with { Categories = categories, Items = items }, categoryId);
    }

    /// <summary>Deletes a response, or a category with everything in it.</summary>
    public static PersonalEdit Delete(ResponseLibraryModel library, string id)
    {
        if (!Exists(library, id))
        {
            return PersonalEdit.Refuse(404, NotFound, "You have no personal response or category with that id.");
        }

        var (categories, items) = Remove(library.Categories, library.Items, id);
        return new PersonalEdit(library with { Categories = categories, Items = items }, id);
    }

    /// <summary>Moves a response or category into another category (null: the top of My Responses).</summary>
    public static PersonalEdit Move(ResponseLibraryModel library, string id, string? toCategoryId)
    {
        if (!Exists(library, id))
        {
            return PersonalEdit.Refuse(404, NotFound, "You have no personal response or category with that id.");
        }

        if (toCategoryId is not null && FindCategory(library.Categories, toCategoryId) is null)
        {
            return PersonalEdit.Refuse(404, NotFound, "You have no personal category with that id to move into.");
        }

        var movedCategory = FindCategory(library.Categories, id);
        if (movedCategory is not null && toCategoryId is not null
            && (Same(id, toCategoryId) || FindCategory(movedCategory.Categories, toCategoryId) is not null))
        {
            return PersonalEdit.Refuse(409, BadMove, "A category cannot be moved into itself or into one of its own categories.");
        }

        var movedItem = movedCategory is null ? FindItem(library.Categories, library.Items, id) : null;
        var (categories, items) = Remove(library.Categories, library.Items, id);
        return Into(library with { Categories = categories, Items = items }, toCategoryId, id,
            list => movedItem is null ? list : [.. list, movedItem],
            list => movedCategory is null ? list : [.. list, movedCategory]);
    }

    private static string? CheckName(string? name, string what) =>
        string.IsNullOrWhiteSpace(name) ? $"{what} needs a name."
        : name.Trim().Length > MaxNameLength ? $"{what}'s name has at most {MaxNameLength} characters."
        : ControlCharacters.Contains(name) ? $"{what}'s name holds control characters."
        : null;

    private static ResponseItemModel ToItem(string id, ResponseDraft draft) =>
        new(id, draft.Name!.Trim(), draft.Kind, string.IsNullOrWhiteSpace(draft.Shortcut) ? null : draft.Shortcut.Trim(), [.. draft.Labels ?? []],
            draft.Kind == ResponseItemKind.Text ? draft.Value! : draft.Value!.Trim());

    private static PersonalEdit Into(
        ResponseLibraryModel library, string? categoryId, string id,
        Func<IReadOnlyList<ResponseItemModel>, IReadOnlyList<ResponseItemModel>> items,
        Func<IReadOnlyList<ResponseCategoryModel>, IReadOnlyList<ResponseCategoryModel>> categories)
    {
        if (categoryId is null)
        {
            return new PersonalEdit(library with { Categories = categories(library.Categories), Items = items(library.Items) }, id);
        }

        if (FindCategory(library.Categories, categoryId) is null)
        {
            return PersonalEdit.Refuse(404, NotFound, "You have no personal category with that id.");
        }

        var (mapped, top) = Map(library.Categories, library.Items, i => i,
            c => Same(c.Id, categoryId) ? c with { Categories = categories(c.Categories), Items = items(c.Items) } : c);
        return new PersonalEdit(library with { Categories = mapped, Items = top }, id);
    }

    private static (IReadOnlyList<ResponseCategoryModel>, IReadOnlyList<ResponseItemModel>) Map(
        IReadOnlyList<ResponseCategoryModel> categories, IReadOnlyList<ResponseItemModel> items,
        Func<ResponseItemModel, ResponseItemModel> item, Func<ResponseCategoryModel, ResponseCategoryModel> category) =>
        ([.. categories.Select(c =>
        {
            var (inner, innerItems) = Map(c.Categories, c.Items, item, category);
            return category(c with { Categories = inner, Items = innerItems });
        })], [.. items.Select(item)]);

    private static (IReadOnlyList<ResponseCategoryModel>, IReadOnlyList<ResponseItemModel>) Remove(
        IReadOnlyList<ResponseCategoryModel> categories, IReadOnlyList<ResponseItemModel> items, string id) =>
        ([.. categories.Where(c => !Same(c.Id, id)).Select(c =>
        {
            var (inner, innerItems) = Remove(c.Categories, c.Items, id);
            return c with { Categories = inner, Items = innerItems };
        })], [.. items.Where(i => !Same(i.Id, id))]);

    private static bool Exists(ResponseLibraryModel library, string id) =>
        FindCategory(library.Categories, id) is not null || FindItem(library.Categories, library.Items, id) is not null;

    private static ResponseCategoryModel? FindCategory(IReadOnlyList<ResponseCategoryModel> categories, string id) =>
        categories.FirstOrDefault(c => Same(c.Id, id)) ?? categories.Select(c => FindCategory(c.Categories, id)).FirstOrDefault(c => c is not null);

    private static ResponseItemModel? FindItem(IReadOnlyList<ResponseCategoryModel> categories, IReadOnlyList<ResponseItemModel> items, string id) =>
        items.FirstOrDefault(i => Same(i.Id, id)) ?? categories.Select(c => FindItem(c.Categories, c.Items, id)).FirstOrDefault(i => i is not null);

    private static IEnumerable<string> ItemIds(IReadOnlyList<ResponseCategoryModel> categories, IReadOnlyList<ResponseItemModel> items) =>
        items.Select(i => i.Id).Concat(categories.SelectMany(c => ItemIds(c.Categories, c.Items)));

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
