using Microsoft.Extensions.Options;
using PureConnect.Icws;

namespace PureConnect.CrmProjector.CallLogs;

/// <summary>
/// Writes the Salesforce activity (Task) id back to the interaction on the CIC server, as the custom attribute
/// <see cref="ActivityIdWriteBackOptions.AttributeName"/>, through a session of the configured CIC account
/// (opened on first use, reopened after it expires). An interaction CIC no longer has is skipped: the Task
/// already carries the interaction id.
/// </summary>
public sealed class ActivityIdWriteBack(IcwsConnector connector, IOptions<ActivityIdWriteBackOptions> options, ILogger<ActivityIdWriteBack> logger)
    : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IcwsSession? _session;

    public async Task WriteAsync(string interactionId, string activityId, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; attempt <= 2; attempt++)
            {
                _session ??= await connector.ConnectAsync(new IcwsCredentials(options.Value.UserId, options.Value.Password), cancellationToken);
                try
                {
                    await _session.SetAttributesAsync(interactionId,
                        new Dictionary<string, string> { [options.Value.AttributeName] = activityId }, cancellationToken);
                    return;
                }
                catch (IcwsSessionExpiredException) when (attempt == 1)
                {
                    _session = null;
                }
                catch (IcwsRequestException ex) when (ex.StatusCode == 404)
                {
                    logger.LogInformation("Interaction {InteractionId} is gone from CIC; activity {ActivityId} not written back", interactionId, activityId);
                    return;
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_session is { } session)
        {
            await session.DisposeAsync();
        }

        _gate.Dispose();
    }
}
