namespace PureConnect.Salesforce.Http;

/// <summary>A response read to its end: status, body text and the usage its <c>Sforce-Limit-Info</c> header reported.</summary>
internal sealed record SalesforceResponse(int StatusCode, string Body, ApiUsage? Usage)
{
    public bool IsSuccess => StatusCode is >= 200 and < 300;
}
