namespace PureConnect.Salesforce.Http;

/// <summary>
/// Whether a request may be sent again after a 5xx or a lost response. PATCH, GET and DELETE are (upserts are keyed
/// by the external id); a POST creating records is not, unless marked. A row lock is retried whatever the method:
/// Salesforce wrote nothing.
/// </summary>
internal static class RequestIdempotency
{
    private static readonly HttpRequestOptionsKey<bool> Key = new("PureConnect.Salesforce.Idempotent");

    public static HttpRequestMessage MarkIdempotent(this HttpRequestMessage request)
    {
        request.Options.Set(Key, true);
        return request;
    }

    public static bool IsIdempotent(HttpRequestMessage? request) =>
        request is not null && (request.Method != HttpMethod.Post || (request.Options.TryGetValue(Key, out var marked) && marked));
}
