using System.Collections.Concurrent;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PureConnect.Contracts.Interactions.V1;
using PureConnect.EventRelay;

namespace PureConnect.EventRelay.IntegrationTests;

/// <summary>A host running the relay against a test database, with an in-memory bus whose consumer records what arrives.</summary>
public sealed class RelayHarness : IAsyncDisposable
{
    private readonly IHost _host;

    private RelayHarness(IHost host) => _host = host;

    public ConcurrentQueue<InteractionEventRecorded> Received { get; } = new();

    /// <param name="beforePublish">Runs in the bus's publish pipeline before each publish: a fault injected where the broker would be.</param>
    public static async Task<RelayHarness> StartAsync(string connectionString, TimeSpan? idlePoll = null, TimeSpan? publishTimeout = null,
        Func<Task>? beforePublish = null)
    {
        RelayHarness? harness = null;
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddPureConnectDatabase(connectionString);
        builder.Services.AddSingleton(_ => harness!);
        builder.Services.AddMassTransit(x =>
        {
            x.AddConsumer<RecordingConsumer>();
            x.UsingInMemory((context, cfg) =>
            {
                if (beforePublish is not null)
                {
                    cfg.ConfigurePublish(p => p.UseExecuteAsync(_ => beforePublish()));
                }

                cfg.ConfigureEndpoints(context);
            });
        });
        builder.Services.AddEventRelay(configure: o =>
        {
            o.IdlePoll = idlePoll ?? TimeSpan.FromSeconds(30);
            o.LeadershipRetry = TimeSpan.FromMilliseconds(200);
            o.PublishTimeout = publishTimeout ?? o.PublishTimeout;
        });
        harness = new RelayHarness(builder.Build());
        await harness._host.StartAsync();
        return harness;
    }

    public Task StopAsync() => _host.StopAsync();

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    private sealed class RecordingConsumer(RelayHarness harness) : IConsumer<InteractionEventRecorded>
    {
        public Task Consume(ConsumeContext<InteractionEventRecorded> context)
        {
            Assert.Equal(context.Message.EventId, context.MessageId);
            harness.Received.Enqueue(context.Message);
            return Task.CompletedTask;
        }
    }
}
