using Polly.Timeout;

namespace PureConnect.Salesforce.Http;

/// <summary>Sends one request through the client's pipeline and reads the whole answer; a lost answer becomes a
/// <see cref="SalesforceTransientException"/> (caller cancellation stays an <see cref="OperationCanceledException"/>).</summary>
internal static class HttpSend
{
    public static async Task<SalesforceResponse> SendAsync(HttpClient http, HttpRequestMessage request, string operation, CancellationToken ct)
    {
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
            return new SalesforceResponse((int)response.StatusCode, body, LimitInfoHeader.Read(response));
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException or IOException
                                   || (ex is OperationCanceledException && !ct.IsCancellationRequested))
        {
            throw new SalesforceTransientException($"Salesforce {operation} got no answer: {ex.GetType().Name}.", null, [], ex);
        }
    }
}
