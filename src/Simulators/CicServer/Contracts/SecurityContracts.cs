using System.Text.Json.Serialization;

namespace PureConnect.Simulators.CicServer.Contracts;

// Wire shapes of server-info, the password change and the configuration API. Deliberately grouped.

/// <summary>200 body of <c>GET /icws/connection/server-info</c> (reference §1.3).</summary>
public sealed record ServerInfoResponse(IReadOnlyList<LanguageInfo> Languages, string AcceptLanguage, AuthenticationInfo Authentication);

public sealed record LanguageInfo([property: JsonPropertyName("languageID")] string LanguageId, string LanguageDisplayName);

public sealed record AuthenticationInfo(bool AllowIcAuth, IReadOnlyList<object> IdentityProviders, string? UserAgreementText);

/// <summary>One entry of <c>passwordErrors</c> (ICWS SDK <c>Security.PasswordPolicyError</c>).</summary>
public sealed record PasswordPolicyError(int PasswordPolicyErrorId, string PasswordPolicyErrorMsg);

/// <summary>400 body of a refused <c>POST security/password</c>.</summary>
public sealed record PasswordErrorBody(
    [property: JsonPropertyName("__type")] string Type, string ErrorId, string Message, IReadOnlyList<PasswordPolicyError> PasswordErrors);

public sealed record ConfigurationId(string Id, string DisplayName, string Uri);

public sealed record ConfigurationItem(ConfigurationId ConfigurationId);

public sealed record ConfigurationItemsResponse(IReadOnlyList<ConfigurationItem> Items);

/// <summary>A user as <c>GET configuration/users/{id}?select=securityRights</c> shows it ([U]: rights as name → granted).</summary>
public sealed record UserConfiguration(ConfigurationId ConfigurationId, IReadOnlyDictionary<string, bool> SecurityRights, IReadOnlyList<ConfigurationId>? Workgroups = null);

/// <summary>A wrap-up code as <c>GET configuration/wrap-up-codes</c> lists it (reference §9.1; nulls omitted).</summary>
public sealed record WrapUpCodeConfiguration(
    ConfigurationId ConfigurationId, string Label, ConfigurationId? Category, string? Digits, bool IsPermanent, bool IsRightPartyContact);

public sealed record WrapUpCodesResponse(IReadOnlyList<WrapUpCodeConfiguration> Items);
