using PureConnect.Grains.Responses;
using Rm = PureConnect.Icws.ResponseManagement;

namespace PureConnect.Grains.Agents;

/// <summary>Response Management libraries between the ICWS client's shapes and the grains' (an item of a type this
/// client does not know is left out: it can be neither shown nor inserted).</summary>
internal static class ResponseLibraryMapping
{
    public static ResponseLibraryModel ToModel(Rm.ResponseLibrary library, bool personal) =>
        new(library.Id, personal ? "" : library.Name, personal, [.. library.Categories.Select(ToModel)], Items(library.Items));

    public static Rm.ResponseLibrary ToIcws(ResponseLibraryModel library, Rm.ResponseLibrary original) =>
        original with { Categories = [.. library.Categories.Select(ToIcws)], Items = [.. library.Items.Select(ToIcws)] };

    private static ResponseCategoryModel ToModel(Rm.ResponseCategory category) =>
        new(category.Id, category.Name, [.. category.Categories.Select(ToModel)], Items(category.Items));

    private static IReadOnlyList<ResponseItemModel> Items(IReadOnlyList<Rm.ResponseItem> items) =>
        [.. items.Where(i => i.Type != Rm.ResponseItemType.Unknown)
            .Select(i => new ResponseItemModel(i.Id, i.Name, (ResponseItemKind)(int)i.Type, i.Shortcut, i.Keywords, i.Value))];

    private static Rm.ResponseCategory ToIcws(ResponseCategoryModel category) =>
        new(category.Id, category.Name, [.. category.Categories.Select(ToIcws)], [.. category.Items.Select(ToIcws)]);

    private static Rm.ResponseItem ToIcws(ResponseItemModel item) =>
        new(item.Id, item.Name, (Rm.ResponseItemType)(int)item.Kind, item.Shortcut, item.Labels, item.Value);
}
