using PureConnect.Simulators.CicServer.Engine;

namespace PureConnect.Simulators.CicServer;

/// <summary>Ticks the engine every <c>TickInterval</c> so timed transitions and generators run.</summary>
internal sealed partial class EngineTicker(CicEngine engine, TimeProvider time, ILogger<EngineTicker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(engine.Options.TickInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    engine.Tick();
                }
                catch (Exception e)
                {
                    LogTickFailed(logger, e);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "CIC simulator engine tick failed")]
    private static partial void LogTickFailed(ILogger logger, Exception exception);
}
