namespace PureConnect.Grains.Responses;

/// <summary>What a response item holds: a message (plain text or HTML), a URL, or a file.</summary>
public enum ResponseItemKind
{
    Text = 0,
    Url = 1,
    File = 2,
}

/// <summary>A Response Management library as the agent sees it: a system-wide one, or the agent's personal library
/// ("My Responses", <see cref="IsPersonal"/>).</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.ResponseLibraryModel")]
public sealed record ResponseLibraryModel(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] bool IsPersonal,
    [property: Id(3)] IReadOnlyList<ResponseCategoryModel> Categories,
    [property: Id(4)] IReadOnlyList<ResponseItemModel> Items);

/// <summary>A category (folder) of a library.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.ResponseCategoryModel")]
public sealed record ResponseCategoryModel(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] IReadOnlyList<ResponseCategoryModel> Categories,
    [property: Id(3)] IReadOnlyList<ResponseItemModel> Items);

/// <summary>One response: name, shortcut, labels (keywords) and its value (the message, the URL or the file's name).</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.ResponseItemModel")]
public sealed record ResponseItemModel(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] ResponseItemKind Kind,
    [property: Id(3)] string? Shortcut,
    [property: Id(4)] IReadOnlyList<string> Labels,
    [property: Id(5)] string Value);

/// <summary>Every library the agent may use, the personal one first; <see cref="Available"/> false when CIC could not be
/// asked (no session, no right, CIC refused), with the reason in <see cref="Problem"/> and its error code in
/// <see cref="ProblemCode"/> (<c>session.none</c>, <c>responses.forbidden</c>, <c>cic.error</c>).</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.ResponseLibrariesView")]
public sealed record ResponseLibrariesView(
    [property: Id(0)] bool Available,
    [property: Id(1)] IReadOnlyList<ResponseLibraryModel> Libraries,
    [property: Id(2)] string? Problem = null,
    [property: Id(3)] string? ProblemCode = null)
{
    public ResponseLibraryModel? Personal => Libraries.FirstOrDefault(l => l.IsPersonal);
}
