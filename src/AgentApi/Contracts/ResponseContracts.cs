using PureConnect.Grains.Responses;

namespace PureConnect.AgentApi.Contracts;

/// <summary>The libraries the agent may use, the personal one ("My Responses", <c>personal: true</c>) first.</summary>
public sealed record ResponseTreeResponse(IReadOnlyList<ResponseLibraryDto> Libraries);

public sealed record ResponseLibraryDto(string Id, string Name, bool Personal, IReadOnlyList<ResponseCategoryDto> Categories, IReadOnlyList<ResponseItemDto> Items);

public sealed record ResponseCategoryDto(string Id, string Name, IReadOnlyList<ResponseCategoryDto> Categories, IReadOnlyList<ResponseItemDto> Items);

/// <summary>A response: <c>value</c> is the stored text (plain or HTML), URL or file name; <c>preview</c> its plain text.</summary>
public sealed record ResponseItemDto(string Id, string Name, ResponseItemKind Kind, string? Shortcut, IReadOnlyList<string> Labels, string Value, string Preview);

/// <summary>A search hit: the response, its library and the names of its library and categories.</summary>
public sealed record ResponseHitDto(ResponseItemDto Item, string LibraryId, IReadOnlyList<string> Path);

public sealed record ResponseSearchResponse(IReadOnlyList<ResponseHitDto> Hits);

/// <summary>Which response to insert into which interaction: <c>responseId</c> or <c>shortcut</c> (exactly one);
/// <c>utcOffsetMinutes</c> is the agent's clock for [Date] and [Time] (UTC when absent).</summary>
public sealed record ExpandResponseRequest(string? InteractionKey, string? ResponseId, string? Shortcut, int? UtcOffsetMinutes);

/// <summary>The text to insert (plain text, macros expanded) and the response it came from.</summary>
/// <remarks><c>sendAsFile</c>: a File response in a web chat; nothing goes in the field (<c>text</c> is empty): send it to the visitor with
/// <c>POST /api/me/interactions/{key}/chat/response-files</c>.</remarks>
public sealed record ExpandResponseResponse(string Text, string ResponseId, string Name, bool SendAsFile = false)
{
    /// <summary>For an email: the response as sanitised HTML, its formatting kept (null for other interactions).</summary>
    public string? Html { get; init; }
}

/// <summary>A personal response: <c>kind</c> Text, Url or File; <c>categoryId</c> only when creating (null: the top).</summary>
public sealed record PersonalResponseRequest(string? Name, string? Kind, string? Shortcut, IReadOnlyList<string>? Labels, string? Value, string? CategoryId = null);

public sealed record PersonalCategoryRequest(string? Name, string? ParentId = null);

public sealed record MovePersonalResponseRequest(string? CategoryId);

public sealed record CreatedResponse(string Id);

internal static class ResponseMapping
{
    public static ResponseLibraryDto ToDto(this ResponseLibraryModel library) =>
        new(library.Id, library.Name, library.IsPersonal, [.. library.Categories.Select(ToDto)], [.. library.Items.Select(ToDto)]);

    public static ResponseItemDto ToDto(this ResponseItemModel item) =>
        new(item.Id, item.Name, item.Kind, item.Shortcut, item.Labels, item.Value, ResponseMacros.PlainValue(item));

    private static ResponseCategoryDto ToDto(ResponseCategoryModel category) =>
        new(category.Id, category.Name, [.. category.Categories.Select(ToDto)], [.. category.Items.Select(ToDto)]);
}
