namespace PureConnect.Grains.Calls;

/// <summary>One conference: the calls merged into it, the parties still on it (agents by user id, far ends by interaction
/// id), and the call that was underneath when it was made.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.ConferenceState")]
public sealed record ConferenceState
{
    public static readonly ConferenceState Initial = new();

    [Id(0)]
    public string? ConferenceId { get; init; }
    [Id(1)]
    public string? Underneath { get; init; }
    [Id(2)]
    public IReadOnlyList<string> Calls { get; init; } = [];
    [Id(3)]
    public IReadOnlyList<string> Parties { get; init; } = [];
    [Id(4)]
    public bool Ended { get; init; }

    public bool Active => ConferenceId is not null && !Ended;
}
