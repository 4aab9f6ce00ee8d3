namespace PureConnect.Simulators.SalesforceOrg.Control;

/// <summary>Body of <c>PUT /control/api-usage</c>: the requests used now (the window restarts) and/or a new limit.</summary>
public sealed record ApiUsageUpdate(long? Used, long? Limit);
