using PureConnect.Salesforce.Json;

namespace PureConnect.Salesforce.Http;

/// <summary>Turns a failed data-API response into the matching <see cref="SalesforceException"/>.</summary>
internal static class ErrorMapper
{
    public static SalesforceException Map(SalesforceResponse response, string operation)
    {
        var errors = ErrorParser.Parse(response.Body);
        var code = errors.Count > 0 ? errors[0].ErrorCode : null;
        var summary = $"Salesforce {operation} failed with {response.StatusCode}{(code is null ? "" : " " + code)}"
                      + (errors.Count > 0 && errors[0].Message.Length > 0 ? $": {errors[0].Message}" : ".");

        if (response.StatusCode == 403 && errors.Any(e => e.ErrorCode == SalesforceErrorCodes.RequestLimitExceeded))
            return new SalesforceLimitExceededException(summary, errors, response.Usage);

        if (response.StatusCode >= 500 || errors.Any(e => e.IsRowLock))
            return new SalesforceTransientException(summary, response.StatusCode, errors);

        if (response.StatusCode == 401)
            return new SalesforceAuthenticationException(summary, response.StatusCode, errors);

        return new SalesforceApiException(summary, response.StatusCode, errors);
    }
}
