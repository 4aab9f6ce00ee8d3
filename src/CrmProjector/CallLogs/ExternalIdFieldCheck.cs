using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using PureConnect.Salesforce;

namespace PureConnect.CrmProjector.CallLogs;

/// <summary>
/// At start-up, describes the Task and checks the external-id field (<see cref="ExternalIdFieldRule"/>). A missing field is
/// logged with the fix and turns <c>/health</c> Unhealthy; the projector keeps running (no crash loop) and checks again
/// every minute, so adding the field in Setup heals it. An org that does not answer is asked again after 1, 2, 4 … up to 15 s. Until the first answer <c>/health</c> is Degraded.
/// </summary>
public sealed class ExternalIdFieldCheck(ISalesforceClient salesforce, IOptions<SalesforceClientOptions> options, TimeProvider time,
    ILogger<ExternalIdFieldCheck> logger) : BackgroundService, IHealthCheck
{
    private static readonly TimeSpan Recheck = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan MaxRetryAfterError = TimeSpan.FromSeconds(15);

    private volatile Verdict _verdict = new(HealthStatus.Degraded, "The Salesforce Task's external-id field has not been checked yet");

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var verdict = _verdict;
        return Task.FromResult(new HealthCheckResult(verdict.Status, verdict.Description));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var field = options.Value.ExternalIdField;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan next;
            try
            {
                var problem = ExternalIdFieldRule.Problem(await salesforce.DescribeTaskAsync(stoppingToken), field);
                if (problem is null)
                {
                    _verdict = new Verdict(HealthStatus.Healthy, $"Task.{field} is an external-id field");
                    return;
                }

                failures = 0;
                logger.LogError("{Problem}", problem);
                _verdict = new Verdict(HealthStatus.Unhealthy, problem);
                next = Recheck;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning("Could not describe the Salesforce Task to check Task.{Field}: {Error}", field, ex.Message);
                next = StartupRetry.Delay(++failures, MaxRetryAfterError);
            }

            try
            {
                await Task.Delay(next, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private sealed record Verdict(HealthStatus Status, string Description);
}
