namespace PureConnect.AgentUi.AgentApi;

// Response Management (docs/agent-api.md, "Response Management").

public sealed record ResponseTree(IReadOnlyList<ResponseLibrary> Libraries);

public sealed record ResponseLibrary(string Id, string Name, bool Personal, IReadOnlyList<ResponseCategory> Categories, IReadOnlyList<ResponseItem> Items);

public sealed record ResponseCategory(string Id, string Name, IReadOnlyList<ResponseCategory> Categories, IReadOnlyList<ResponseItem> Items);

/// <summary><see cref="Kind"/>: Text, Url or File; <see cref="Preview"/> is plain text (never to be rendered as HTML).</summary>
public sealed record ResponseItem(string Id, string Name, string Kind, string? Shortcut, IReadOnlyList<string> Labels, string Value, string Preview);

public sealed record ResponseHit(ResponseItem Item, string LibraryId, IReadOnlyList<string> Path);

public sealed record ResponseSearchResult(IReadOnlyList<ResponseHit> Hits);

public sealed record ExpandResponseRequest(string InteractionKey, string? ResponseId, string? Shortcut, int? UtcOffsetMinutes);

/// <summary><see cref="SendAsFile"/>: a File response in a web chat, sent to the visitor as a file (nothing goes in the field).</summary>
public sealed record ExpandedResponse(string Text, string ResponseId, string Name, bool SendAsFile = false, string? Html = null);

public sealed record PersonalResponseRequest(string? Name, string? Kind, string? Shortcut, IReadOnlyList<string>? Labels, string? Value, string? CategoryId = null);

public sealed record PersonalCategoryRequest(string? Name, string? ParentId = null);

public sealed record MovePersonalResponseRequest(string? CategoryId);

public sealed record CreatedId(string Id);
