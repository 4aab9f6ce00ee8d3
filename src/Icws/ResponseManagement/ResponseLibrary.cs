namespace PureConnect.Icws.ResponseManagement;

/// <summary><c>type</c> of a <c>responseManagementItem</c> (channels facts §6.1); a value this client does not know reads as
/// <see cref="Unknown"/>.</summary>
public enum ResponseItemType
{
    Unknown = -1,
    Text = 0,
    Url = 1,
    File = 2,
}

/// <summary>A <c>responseManagementLibrary</c>: the personal one's name is the user id.</summary>
public sealed record ResponseLibrary(
    string Id, string Name, string? Description, IReadOnlyList<ResponseCategory> Categories, IReadOnlyList<ResponseItem> Items);

/// <summary>A <c>responseManagementCategory</c>: a folder of items and further categories.</summary>
public sealed record ResponseCategory(string Id, string Name, IReadOnlyList<ResponseCategory> Categories, IReadOnlyList<ResponseItem> Items);

/// <summary>A <c>responseManagementItem</c>. A Text item's <see cref="Value"/> is plain text or HTML.</summary>
public sealed record ResponseItem(string Id, string Name, ResponseItemType Type, string? Shortcut, IReadOnlyList<string> Keywords, string Value);

/// <summary>Where to download a library (<c>url</c>) and its <c>cacheTag</c>.</summary>
public sealed record ResponseLibraryHandle(string Id, string Name, string Url, string? CacheTag);

/// <summary>The libraries a user may use: the system-wide ones and the personal one (null when the server sent none).</summary>
public sealed record ResponseLibraries(IReadOnlyList<ResponseLibrary> SystemWide, ResponseLibrary? Personal);
