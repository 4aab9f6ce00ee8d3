namespace PureConnect.Salesforce.Http;

/// <summary>Records the <c>Sforce-Limit-Info</c> of every response, retried attempts included (it sits inside the retry handler).</summary>
internal sealed class ApiUsageHandler(ApiUsageMonitor monitor) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (LimitInfoHeader.Read(response) is { } usage)
            monitor.Record(usage);

        return response;
    }
}
