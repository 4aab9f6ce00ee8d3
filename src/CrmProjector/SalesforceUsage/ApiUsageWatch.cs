using Microsoft.Extensions.Options;
using PureConnect.Salesforce;

namespace PureConnect.CrmProjector.SalesforceUsage;

/// <summary>Reads the org's API usage (<c>GET /limits</c>) at start-up and every <see cref="SalesforceApiUsageOptions.RefreshInterval"/>,
/// so the pacing knows where the org stands before the first call log and while the projector is idle; logs when the
/// level changes. A failed read is logged and tried again at the next refresh.</summary>
public sealed class ApiUsageWatch(ISalesforceClient salesforce, IOptions<SalesforceApiUsageOptions> options, TimeProvider time,
    ILogger<ApiUsageWatch> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var level = ApiUsageLevel.Normal;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await salesforce.GetApiUsageAsync(stoppingToken) is null)
                    logger.LogInformation("Salesforce /limits has no DailyApiRequests; the usage comes from Sforce-Limit-Info only");
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                logger.LogWarning("Could not read Salesforce /limits: {Error}", ex.Message);
            }

            var now = options.Value.Pacing.Level(salesforce.ApiUsage);
            if (now != level)
            {
                logger.LogWarning("Salesforce API usage {Usage} is now {Level} (share {Share:P0} of the daily allocation)", salesforce.ApiUsage, now, options.Value.Share);
                level = now;
            }

            try
            {
                await Task.Delay(options.Value.RefreshInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }
}
