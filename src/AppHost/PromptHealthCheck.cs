using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PureConnect.AppHost;

/// <summary>
/// Health checks that notice a resource becoming healthy within a quarter of a second. Aspire runs a resource's checks again
/// 1, 2, 3, 4 and then every 5 s while it is not healthy, so a service that needs 8 s to start was seen healthy only at
/// 10 s, and everything waiting for it later still. These checks keep probing, every <see cref="Step"/>, for up to
/// <see cref="Window"/> before they answer unhealthy: Aspire's next round starts where this one gave up.
/// </summary>
public static class PromptHealthCheck
{
    public static readonly TimeSpan Step = TimeSpan.FromMilliseconds(250);
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(5);
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };

    /// <summary>Probes until healthy or until the window ends; answers the last probe's result.</summary>
    public static async Task<HealthCheckResult> UntilHealthyAsync(Func<CancellationToken, Task<HealthCheckResult>> probe,
        TimeProvider time, TimeSpan window, TimeSpan step, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        while (true)
        {
            var result = await probe(cancellationToken);
            if (result.Status == HealthStatus.Healthy || time.GetElapsedTime(started) + step > window)
                return result;

            await Task.Delay(step, time, cancellationToken);
        }
    }

    /// <summary>The resource is healthy when GET <paramref name="path"/> on its <c>http</c> endpoint answers 2xx.</summary>
    public static IResourceBuilder<T> WithPromptHttpHealthCheck<T>(this IResourceBuilder<T> resource, string path)
        where T : IResourceWithEndpoints
    {
        var endpoint = resource.GetEndpoint("http");
        var key = $"{resource.Resource.Name}_http_{path.Trim('/')}";
        resource.ApplicationBuilder.Services.AddHealthChecks().AddAsyncCheck(key, cancellationToken =>
            UntilHealthyAsync(probeCancellation => ProbeHttpAsync(new Uri(new Uri(endpoint.Url), path), probeCancellation),
                TimeProvider.System, Window, Step, cancellationToken));
        return resource.WithHealthCheck(key);
    }

    private static async Task<HealthCheckResult> ProbeHttpAsync(Uri uri, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await Http.GetAsync(uri, cancellationToken);
            return response.IsSuccessStatusCode
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"GET {uri.AbsolutePath} answered {(int)response.StatusCode} {response.ReasonPhrase}");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"GET {uri.AbsolutePath}: {ex.Message}");
        }
    }
}
