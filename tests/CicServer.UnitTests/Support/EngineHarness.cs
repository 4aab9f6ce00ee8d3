using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.Messages;
using PureConnect.Simulators.CicServer.Options;

namespace PureConnect.Simulators.CicServer.UnitTests.Support;

/// <summary>An engine on manual time with the default contact center (agent1…12, Sales 1–6, Support 7–12).</summary>
internal sealed class EngineHarness
{
    public static readonly DateTimeOffset Start = new(2024, 3, 12, 14, 15, 3, TimeSpan.Zero);

    public EngineHarness(Action<CicSimulatorOptions>? configure = null)
    {
        var options = new CicSimulatorOptions();
        configure?.Invoke(options);
        Engine = new CicEngine(options, Time);
    }

    public ManualTimeProvider Time { get; } = new(Start);

    public CicEngine Engine { get; }

    /// <summary>Logs the user in and, given a station, connects it (default password 1234).</summary>
    public Session LogIn(string userId, string? station = null, string password = "1234")
    {
        var session = Engine.Login(userId, password, "unit tests");
        if (station is not null)
        {
            Engine.SetStation(session, new StationRequest(StationKind.Workstation, station));
        }

        return session;
    }

    public void Advance(TimeSpan by)
    {
        Time.Advance(by);
        Engine.Tick();
    }

    public void Advance(double seconds) => Advance(TimeSpan.FromSeconds(seconds));

    public InteractionSnapshot Call(string interactionId) => Engine.GetInteraction(interactionId);

    public static List<IcwsMessage> Drain(Session session)
    {
        var messages = new List<IcwsMessage>();
        while (session.Messages.TryRead(out var message))
        {
            messages.Add(message);
        }

        return messages;
    }

    public static List<T> Drain<T>(Session session) => [.. Drain(session).OfType<T>()];

    /// <summary>Subscribes to the queues and throws the snapshot away.</summary>
    public void Watch(Session session, string subscriptionId, string[] attributes, params QueueId[] queues)
    {
        Engine.SubscribeQueues(session, subscriptionId, queues, attributes);
        Drain(session);
    }
}
