using Microsoft.Extensions.Diagnostics.HealthChecks;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace PureConnect.CrmProjector.Operations;

/// <summary>
/// What an operator needs to see of messages the projector gave up on: the number of messages in each of its
/// RabbitMQ <c>_error</c> queues (counted with a passive declare on one cached connection, so no management
/// plugin is needed). <c>/health</c> turns Degraded while any is non-empty; <c>/operations/error-queues</c> lists
/// the counts. Move the messages back to their queue (shovel, or the management UI) once the cause is fixed.
/// </summary>
public sealed class ErrorQueueMonitor(Uri amqpUri) : IHealthCheck, IAsyncDisposable
{
    public static readonly string[] Queues = [$"{CallLogs.InteractionEventConsumerDefinition.QueueName}_error"];
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IConnection? _connection;

    /// <summary>Messages waiting per error queue (0 for a queue not created yet).</summary>
    public async Task<IReadOnlyDictionary<string, long>> CountAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_connection is not { IsOpen: true })
            {
                _connection?.Dispose();
                _connection = await new ConnectionFactory { Uri = amqpUri, ClientProvidedName = "crm-projector-error-queue-monitor" }
                    .CreateConnectionAsync(cancellationToken);
            }

            var counts = new Dictionary<string, long>();
            foreach (var queue in Queues)
            {
                await using var channel = await _connection.CreateChannelAsync(cancellationToken: cancellationToken);
                try
                {
                    counts[queue] = (await channel.QueueDeclarePassiveAsync(queue, cancellationToken)).MessageCount;
                }
                catch (OperationInterruptedException ex) when (ex.ShutdownReason?.ReplyCode == 404)
                {
                    counts[queue] = 0;
                }
            }

            return counts;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var counts = await CountAsync(cancellationToken);
            var failed = counts.Where(c => c.Value > 0).Select(c => $"{c.Value} in {c.Key}").ToList();
            var data = counts.ToDictionary(c => c.Key, c => (object)c.Value);
            return failed.Count == 0
                ? HealthCheckResult.Healthy("Error queues are empty", data)
                : HealthCheckResult.Degraded($"Messages the projector gave up on: {string.Join(", ", failed)}", data: data);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Degraded("Cannot count the error queues", ex);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }

        _gate.Dispose();
    }
}
