using System.Text.Json.Serialization;

namespace PureConnect.Simulators.CicServer.Contracts;

// Wire shapes of the connection resources (reference §1). Deliberately grouped: they travel together.

/// <summary>201 body of <c>POST /icws/connection</c>.</summary>
public sealed record ConnectionResponse(
    string SessionId,
    string CsrfToken,
    IReadOnlyList<string> AlternateHostList,
    [property: JsonPropertyName("userID")] string UserId,
    string UserDisplayName,
    string IcServer,
    VersionInfo? Version = null,
    IReadOnlyList<FeatureInfo>? Features = null,
    ServerTimeInfo? ServerTimeInfo = null,
    int? DaysUntilPasswordExpiration = null,
    string? DefaultWorkstationId = null,
    EffectiveStation? EffectiveStation = null);

/// <summary><c>effectiveStation</c> of the login (<c>include=effective-station</c>).</summary>
public sealed record EffectiveStation(ConfigurationId StationId);

public sealed record VersionInfo(
    string MajorVersion,
    string MinorVersion,
    string Su,
    string Build,
    string ProductId,
    string CodebaseId,
    string ProductReleaseDisplayString,
    string ProductPatchDisplayString);

public sealed record FeatureInfo(string FeatureId, int Version);

public sealed record FeatureInfoListResponse(IReadOnlyList<FeatureInfo> FeatureInfoList);

public sealed record ServerTimeInfo(DateTimeOffset ServerUtcTime);

/// <summary>503 body of <c>POST /icws/connection</c> (<c>urn:inin.com:connection:alternateHosts</c>).</summary>
public sealed record AlternateHostsResponse(IReadOnlyList<string> AlternateHostList, string? ErrorId, string? Message);

/// <summary>200 body of <c>GET /icws/{sessionId}/connection</c>.</summary>
public sealed record ConnectionSettings(int ConnectionState, string? Reason = null, bool? ShouldReconnect = null);
