using PureConnect.AgentUi.AgentApi;

namespace PureConnect.AgentUi.UnitTests;

/// <summary>Interactions as AgentApi sends them, with only what a test cares about.</summary>
internal static class Calls
{
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    public static InteractionItem Call(string status, string key = "k1", string? workgroup = null, CallControlsInfo? calls = null,
        string objectType = "Call", string? userId = "agent1", string? remoteAddress = "3175550100") =>
        new(key, "100" + key, status, "Inbound", remoteAddress, null, workgroup, false, Now, null, null, false, 1, Calls: calls,
            ObjectType: objectType, UserId: userId);

    public static CallControlsInfo Controls(RecordingControlsInfo? recording = null, DateTimeOffset? securePauseEndsAt = null, string? consult = null,
        string? consultInteractionId = null, string? conferenceId = null, int? parties = null, bool assistance = false, bool dialer = false) =>
        new(recording ?? new RecordingControlsInfo(true, false, true, false), securePauseEndsAt, consult, null, consultInteractionId, conferenceId, parties,
            assistance, dialer, null);
}
