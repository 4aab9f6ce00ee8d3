namespace PureConnect.Grains.Agents;

/// <summary>A status the agent may choose, as the status list shows it.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.StatusOption")]
public sealed record StatusOption(
    string StatusId,
    string MessageText,
    string? IconUri,
    bool IsForwardStatus,
    bool CanHaveDate,
    bool CanHaveTime,
    bool IsFavorite);
