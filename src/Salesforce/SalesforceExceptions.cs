namespace PureConnect.Salesforce;

/// <summary>Base of every error raised by the Salesforce client. Messages never hold a token, secret or key.</summary>
public class SalesforceException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SalesforceException(string message, int? statusCode, IReadOnlyList<SalesforceError>? errors, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        Errors = errors ?? [];
    }

    /// <summary>HTTP status of the failed response; null when no response arrived.</summary>
    public int? StatusCode { get; }

    /// <summary>Errors of the response body, in order.</summary>
    public IReadOnlyList<SalesforceError> Errors { get; }

    /// <summary>The first error's code (e.g. <c>ENTITY_IS_DELETED</c>), if any.</summary>
    public string? ErrorCode => Errors.Count > 0 ? Errors[0].ErrorCode : null;

    /// <summary>The first error's fields, if any.</summary>
    public IReadOnlyList<string> Fields => Errors.Count > 0 ? Errors[0].Fields : [];
}

/// <summary>Salesforce refused the request for a reason a retry will not cure (validation, deleted record, bad field...).</summary>
public sealed class SalesforceApiException(string message, int statusCode, IReadOnlyList<SalesforceError> errors)
    : SalesforceException(message, statusCode, errors);

/// <summary>No usable access token: the token endpoint refused the grant (<c>invalid_grant</c>, <c>invalid_client</c>...),
/// or the data API still answered 401 after one fresh token.</summary>
public sealed class SalesforceAuthenticationException(string message, int? statusCode, IReadOnlyList<SalesforceError> errors)
    : SalesforceException(message, statusCode, errors);

/// <summary>The org's API allocation is used up (403 <c>REQUEST_LIMIT_EXCEEDED</c>). Hold the work and retry later; never drop it.</summary>
public sealed class SalesforceLimitExceededException(string message, IReadOnlyList<SalesforceError> errors, ApiUsage? usage)
    : SalesforceException(message, 403, errors)
{
    /// <summary>Usage reported with the refusal, if the header was present.</summary>
    public ApiUsage? Usage { get; } = usage;
}

/// <summary>A transient failure outlived the retries (row lock, 5xx, timeout, unreachable host), or was not retried
/// because the request was not idempotent. Retry later.</summary>
public sealed class SalesforceTransientException(string message, int? statusCode, IReadOnlyList<SalesforceError> errors, Exception? innerException = null)
    : SalesforceException(message, statusCode, errors, innerException);

/// <summary>An upsert's external id matched several records (300); nothing was written.</summary>
public sealed class SalesforceMultipleMatchesException(string message, IReadOnlyList<string> matches)
    : SalesforceException(message, 300, [])
{
    /// <summary>The matching records as Salesforce lists them (record URLs or ids).</summary>
    public IReadOnlyList<string> Matches { get; } = matches;
}
