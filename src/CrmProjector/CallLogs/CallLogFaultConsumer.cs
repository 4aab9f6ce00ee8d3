using MassTransit;
using Microsoft.Extensions.Options;
using PureConnect.Contracts.Interactions.V1;

namespace PureConnect.CrmProjector.CallLogs;

/// <summary>An interaction event went to the error queue after its retries: schedule the call log's repair from the event store.</summary>
public sealed class CallLogFaultConsumer(CallLogRepairs repairs, IOptions<CallLogRepairOptions> options, TimeProvider time, ILogger<CallLogFaultConsumer> logger)
    : IConsumer<Fault<InteractionEventRecorded>>
{
    public async Task Consume(ConsumeContext<Fault<InteractionEventRecorded>> context)
    {
        var failed = context.Message.Message;
        var error = string.Join("; ", context.Message.Exceptions.Select(e => $"{e.ExceptionType}: {e.Message}"));
        var delay = options.Value.EffectiveSchedule[0];
        logger.LogWarning("Call log of interaction {InteractionKey} failed at version {Version} ({Error}); repair from the event store in {Delay}",
            failed.InteractionKey, failed.StreamVersion, error, delay);
        await repairs.RequestAsync(failed.InteractionKey, time.GetUtcNow() + delay, error, context.CancellationToken);
    }
}

/// <summary>Its own queue, so that recording a repair never waits behind call-log work.</summary>
public sealed class CallLogFaultConsumerDefinition : ConsumerDefinition<CallLogFaultConsumer>
{
    public CallLogFaultConsumerDefinition() => EndpointName = "crm-call-log-repairs";

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<CallLogFaultConsumer> consumerConfigurator, IRegistrationContext context) =>
        endpointConfigurator.UseMessageRetry(r => r.Exponential(10, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(500)));
}
