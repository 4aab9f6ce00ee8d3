namespace PureConnect.CrmProjector.CallLogs;

/// <summary>An interaction event arrived before its predecessor (which is being retried); retry it later.</summary>
public sealed class CallLogVersionGapException(string interactionKey, long applied, long arrived)
    : Exception($"Call log {interactionKey} is at version {applied}; event {arrived} must wait for {applied + 1}.");
