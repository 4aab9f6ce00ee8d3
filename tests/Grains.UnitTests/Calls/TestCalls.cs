using PureConnect.Grains.Calls;
using PureConnect.Grains.Interactions;

namespace PureConnect.Grains.UnitTests.Calls;

/// <summary>The calls the call-rule tests start from: agent1's connected ACD call from Sales unless a test says otherwise.</summary>
internal static class TestCalls
{
    public const string Agent = "agent1";
    public static readonly DateTimeOffset At = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    public static CallFacts Call(
        string id = "1001",
        InteractionStatus status = InteractionStatus.Connected,
        string? user = Agent,
        string? workgroup = "Sales",
        InteractionDirection direction = InteractionDirection.Inbound,
        string objectType = CallFacts.CallObjectType,
        string remoteAddress = "3175550100",
        bool dialer = false) =>
        new(id, objectType, status, user, workgroup, direction, remoteAddress, dialer);

    public static CallFacts Chat(InteractionStatus status = InteractionStatus.Connected) => Call(id: "2001", status: status, objectType: "Chat");

    public static TState Fold<TState>(TState initial, Func<TState, InteractionEvent, TState> evolve, params IEnumerable<InteractionEvent>[] batches) =>
        batches.SelectMany(b => b).Aggregate(initial, evolve);
}
