using Microsoft.Extensions.Logging;

namespace PureConnect.Salesforce;

/// <summary>Log events of the Salesforce client; tokens, secrets and keys never appear.</summary>
internal static partial class SalesforceLog
{
    [LoggerMessage(1, LogLevel.Information, "Salesforce token obtained by {Grant} for instance {InstanceHost}")]
    public static partial void TokenObtained(ILogger logger, string grant, string instanceHost);

    [LoggerMessage(2, LogLevel.Warning, "Salesforce token request refused with {StatusCode}: {Error}")]
    public static partial void TokenRefused(ILogger logger, int statusCode, string error);

    [LoggerMessage(3, LogLevel.Information, "Salesforce {Operation} answered 401 ({ErrorCode}); getting a fresh token and retrying once")]
    public static partial void RefreshingToken(ILogger logger, string operation, string? errorCode);

    [LoggerMessage(4, LogLevel.Warning, "Salesforce API limit exceeded on {Operation} (usage {Used}/{Limit}); the caller holds the work")]
    public static partial void LimitExceeded(ILogger logger, string operation, long? used, long? limit);

    [LoggerMessage(5, LogLevel.Warning, "Salesforce {Method} {Path}: attempt {Attempt} failed ({Outcome}); retrying in {Delay}")]
    public static partial void Retrying(ILogger logger, string? method, string? path, int attempt, string outcome, TimeSpan delay);

    [LoggerMessage(6, LogLevel.Warning, "Salesforce {Operation} failed with {StatusCode} {ErrorCode}")]
    public static partial void RequestFailed(ILogger logger, string operation, int? statusCode, string? errorCode);

    [LoggerMessage(7, LogLevel.Information, "Salesforce {Operation}: {Count} existing Task(s) refused create-only fields on update; sending them again without")]
    public static partial void CreateOnlyFieldsRefused(ILogger logger, string operation, int count);
}
