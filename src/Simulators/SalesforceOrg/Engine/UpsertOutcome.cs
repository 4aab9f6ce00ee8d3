namespace PureConnect.Simulators.SalesforceOrg.Engine;

/// <summary>Result of an upsert: the record written and whether it was created, or the several records the external id matched (nothing written).</summary>
internal sealed record UpsertOutcome(TaskRecord? Record, bool Created, IReadOnlyList<string> Matches);
