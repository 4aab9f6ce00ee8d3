using PureConnect.Simulators.CicServer.Options;

namespace PureConnect.Simulators.CicServer.Engine;

/// <summary>A workgroup's wrap-up codes (id → label, category), the time the agent has, and the code assigned on time-out.</summary>
public sealed record WrapUpSettings(IReadOnlyList<WrapUpCode> Codes, TimeSpan TimeLimit, string AmbiguousCode)
{
    public static readonly WrapUpSettings None = new([], TimeSpan.FromSeconds(60), "Ambiguous");

    public bool IsActive => Codes.Count > 0;

    /// <summary>Whether <paramref name="code"/> may be assigned: one of the codes, or the ambiguous code.</summary>
    public bool Accepts(string code) =>
        string.Equals(code, AmbiguousCode, StringComparison.OrdinalIgnoreCase)
        || Codes.Any(c => string.Equals(c.Id, code, StringComparison.OrdinalIgnoreCase));

    public static WrapUpSettings From(WorkgroupSeed seed) => new(
        [.. seed.WrapUpCodes.Select(c => new WrapUpCode(c.Id, string.IsNullOrWhiteSpace(c.Label) ? c.Id : c.Label, c.Category))],
        seed.WrapUpTimeLimit,
        seed.AmbiguousWrapUpCode);
}

public sealed record WrapUpCode(string Id, string Label, string? Category);

/// <summary>One <c>wrap-up-assignments</c> request the server accepted.</summary>
public sealed record WrapUpAssignmentRecord(
    string InteractionId, string Code, int SegmentId, DateTimeOffset Time, string User, string SourceInteractionId, DateTimeOffset AssignedAt);
