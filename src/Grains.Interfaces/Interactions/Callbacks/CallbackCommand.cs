namespace PureConnect.Grains.Interactions.Callbacks;

/// <summary>What an agent does with a callback on their queue (spec: "Respond to callbacks").</summary>
public enum CallbackCommandKind
{
    /// <summary>The phone icon: call the number the requester gave.</summary>
    CallNumber = 1,

    /// <summary>The requester was reached.</summary>
    Complete = 2,

    /// <summary>Try later: back to the workgroup queue, snoozed for the interval CIC's administrator configured.</summary>
    Retry = 3,

    /// <summary>The callback cannot be completed (wrong number, no answer after the last allowed attempt).</summary>
    Fail = 4,
}

[GenerateSerializer, Immutable, Alias("PureConnect.CallbackCommand")]
public sealed record CallbackCommand(string UserId, CallbackCommandKind Kind);
