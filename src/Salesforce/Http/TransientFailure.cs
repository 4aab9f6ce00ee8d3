using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;
using PureConnect.Salesforce.Json;

namespace PureConnect.Salesforce.Http;

/// <summary>What the retry strategy retries: row locks always, whatever the method and status (a lock may come as 400 or
/// 500: Salesforce wrote nothing either way); other 5xx, timeouts and transport failures when the request is idempotent.</summary>
internal static class TransientFailure
{
    public static async ValueTask<bool> ShouldRetryAsync(Outcome<HttpResponseMessage> outcome, ResilienceContext context)
    {
        var idempotent = RequestIdempotency.IsIdempotent(context.GetRequestMessage());
        if (outcome.Exception is HttpRequestException or TimeoutRejectedException)
            return idempotent;

        if (outcome.Result is not { } response)
            return false;

        var status = (int)response.StatusCode;
        if (status is < 400 or 401 or 403)
            return false;

        if (status >= 500 && idempotent)
            return true;

        await response.Content.LoadIntoBufferAsync(context.CancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(context.CancellationToken).ConfigureAwait(false);
        return ErrorParser.Parse(body).Any(error => error.IsRowLock);
    }
}
