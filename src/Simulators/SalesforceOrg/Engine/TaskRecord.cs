using System.Collections.Immutable;

namespace PureConnect.Simulators.SalesforceOrg.Engine;

/// <summary>A stored Task: its canonical field values (strings, longs, booleans, nulls), immutable; writes replace it.</summary>
internal sealed record TaskRecord(string Id, long Sequence, ImmutableDictionary<string, object?> Fields)
{
    public bool IsDeleted => Fields.GetValueOrDefault("IsDeleted") is true;

    public string? Text(string field) => Fields.GetValueOrDefault(field) as string;
}
