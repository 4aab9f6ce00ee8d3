using PureConnect.Simulators.CicServer.Options;

namespace PureConnect.Simulators.CicServer.ResponseManagement;

/// <summary>A <c>responseManagementLibrary</c> as served (the access list of a system-wide library is not part of it).</summary>
internal sealed record ResponseLibraryDocument(
    string Id, string Name, string? Description, IReadOnlyList<ResponseCategorySeed> Categories, IReadOnlyList<ResponseItemSeed> Items)
{
    public static ResponseLibraryDocument From(ResponseLibrarySeed library) =>
        new(library.Id, library.Name, library.Description, library.Categories, library.Items);
}
