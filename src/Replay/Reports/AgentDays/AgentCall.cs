using PureConnect.Grains.Interactions;

namespace PureConnect.Replay.Reports.AgentDays;

/// <summary>One interaction as the agent-day fold follows it: who has it, and which talk, hold or wrap-up period is open.</summary>
internal sealed class AgentCall
{
    public InteractionDirection Direction { get; set; }

    /// <summary>CIC's object type (Call, Callback, Chat, Email …), "Call" until the interaction's discovery says otherwise.</summary>
    public string ObjectType { get; set; } = "Call";

    /// <summary>Agents whose recording of this interaction is securely paused, with when the pause began.</summary>
    public Dictionary<string, DateTimeOffset> SecurePausedSince { get; } = new(StringComparer.Ordinal);
    public string? Owner { get; set; }
    public bool OfferedToOwner { get; set; }
    public bool AnsweredByOwner { get; set; }
    public DateTimeOffset? TalkingSince { get; set; }
    public DateTimeOffset? HeldSince { get; set; }
    public string? WrapUpUser { get; set; }
    public DateTimeOffset? WrapUpSince { get; set; }
    public bool Ended { get; set; }
}
