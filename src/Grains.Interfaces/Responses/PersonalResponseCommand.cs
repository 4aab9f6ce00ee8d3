namespace PureConnect.Grains.Responses;

/// <summary>What an edit of the personal library does.</summary>
public enum PersonalEditKind
{
    AddItem = 1,
    UpdateItem = 2,
    AddCategory = 3,
    RenameCategory = 4,
    Delete = 5,
    Move = 6,
}

/// <summary>One edit of the personal library: <see cref="Id"/> is the response or category edited, <see cref="CategoryId"/>
/// the category to add into or move to (null: the top of My Responses).</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.PersonalResponseCommand")]
public sealed record PersonalResponseCommand(
    [property: Id(0)] PersonalEditKind Kind,
    [property: Id(1)] string? Id = null,
    [property: Id(2)] string? CategoryId = null,
    [property: Id(3)] ResponseDraft? Draft = null,
    [property: Id(4)] string? Name = null);

/// <summary>The outcome of an edit: the id it concerns, or the refusal (status, code, message).</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.PersonalEditResult")]
public sealed record PersonalEditResult(
    [property: Id(0)] bool Succeeded,
    [property: Id(1)] string? Id,
    [property: Id(2)] string? ErrorCode = null,
    [property: Id(3)] string? Message = null);
