namespace PureConnect.Simulators.SalesforceOrg.Engine;

/// <summary>An issued access token: who it acts as, through which app and grant, and until when.</summary>
internal sealed record TokenGrant(string UserId, string ClientId, string Grant, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt);
