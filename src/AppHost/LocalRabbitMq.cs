using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace PureConnect.AppHost;

/// <summary>
/// RabbitMQ without a container engine: Debian's <c>rabbitmq-server</c> as an executable resource with its state in the
/// data folder (<c>scripts/rabbitmq.sh</c>). The Erlang distribution port gets its own endpoint: RabbitMQ's default
/// (AMQP port + 20000) passes 65535 for DCP's high ports. Healthy once an AMQP connection opens.
/// </summary>
public static class LocalRabbitMq
{
    public static (IResourceBuilder<ExecutableResource> Server, IResourceBuilder<IResourceWithConnectionString> Amqp) AddLocalRabbitMq(
        this IDistributedApplicationBuilder builder, string dataFolder, int portOffset)
    {
        var server = builder.AddExecutable("rabbitmq", "bash", Path.Combine(builder.AppHostDirectory, "scripts"),
                "rabbitmq.sh", Path.Combine(dataFolder, "rabbitmq"))
            .WithEndpoint(name: "amqp", scheme: "tcp", env: "RABBITMQ_NODE_PORT")
            .WithEndpoint(name: "dist", scheme: "tcp", env: "RABBITMQ_DIST_PORT", isProxied: false)
            // One node name per instance: two AppHosts on one machine share epmd.
            .WithEnvironment("RABBITMQ_NODENAME", "pureconnect" + portOffset + "@localhost")
            .WithHealthCheck("rabbitmq-ready");
        var endpoint = server.GetEndpoint("amqp");
        var amqp = builder.AddConnectionString("amqp", ReferenceExpression.Create(
            $"amqp://guest:guest@{endpoint.Property(EndpointProperty.Host)}:{endpoint.Property(EndpointProperty.Port)}/"));
        builder.Services.AddHealthChecks().AddAsyncCheck("rabbitmq-ready", cancellationToken => PromptHealthCheck.UntilHealthyAsync(async cancellationToken =>
        {
            try
            {
                var uri = await amqp.Resource.ConnectionStringExpression.GetValueAsync(cancellationToken);
                var factory = new ConnectionFactory { Uri = new Uri(uri!), RequestedConnectionTimeout = TimeSpan.FromSeconds(5) };
                await using var connection = await factory.CreateConnectionAsync(cancellationToken);
                return HealthCheckResult.Healthy();
            }
            catch (Exception ex) when (ex is BrokerUnreachableException or OperationInterruptedException or IOException or InvalidOperationException)
            {
                return HealthCheckResult.Unhealthy(ex.Message);
            }
        }, TimeProvider.System, PromptHealthCheck.Window, PromptHealthCheck.Step, cancellationToken));
        return (server, amqp);
    }
}
