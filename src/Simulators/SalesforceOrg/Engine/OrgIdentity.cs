namespace PureConnect.Simulators.SalesforceOrg.Engine;

/// <summary>The org id and the integration user every token acts as.</summary>
internal sealed record OrgIdentity(string OrgId, string IntegrationUserId, string IntegrationUserName);
