namespace PureConnect.Grains.Agents;

/// <summary>An ICWS call-control request an interaction grain decided and the agent's own session carries out.</summary>
public enum IcwsCallKind
{
    Record = 1,
    Snip = 2,
    SecurePause = 3,
    SendDigits = 4,
    SendToVoicemail = 5,
    RequestAssistance = 6,
    BlindTransfer = 7,
    Consult = 8,
    ConsultAudience = 9,
    ConsultConclude = 10,
    ConsultCancel = 11,
    PickupAndHold = 12,

    /// <summary>Call the number of a callback (<see cref="IcwsCall.Target"/>); the result's id is the new call.</summary>
    CallCallbackNumber = 13,

    /// <summary>Disposition a callback: <see cref="IcwsCall.Text"/> is Success, Failure or Retry.</summary>
    DispositionCallback = 14,

    /// <summary>Send <see cref="IcwsCall.Text"/> into a chat (clearing the agent's typing indicator).</summary>
    SendChatText = 15,

    /// <summary>Turn the agent's chat typing indicator on or off (<see cref="IcwsCall.On"/>).</summary>
    ChatTyping = 16,

    /// <summary>Send the File response whose item id is <see cref="IcwsCall.Text"/> to a web chat's visitor.</summary>
    SendChatResponseFile = 17,
}

/// <summary>The request: <paramref name="On"/> for toggles, <paramref name="Text"/> for digits, notes, a duration in seconds or a callback disposition,
/// <paramref name="TargetKind"/>/<paramref name="Target"/> for transfers, <paramref name="ConsultId"/> and <paramref name="Audience"/> for
/// consult steps (audience bit 1 original party, bit 2 consulted party).</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.IcwsCall")]
public sealed record IcwsCall(
    IcwsCallKind Kind,
    string InteractionId,
    bool On = false,
    string? Text = null,
    Calls.TransferTargetKind TargetKind = default,
    string? Target = null,
    string? ConsultId = null,
    int Audience = 0);

/// <summary>
/// The outcome, with the id CIC gave what it created (consult id and consult interaction, assistance request) and when its answer
/// arrived (what CIC timed from its side, such as a secure pause, has started by then).
/// </summary>
[GenerateSerializer, Immutable, Alias("PureConnect.IcwsCallResult")]
public sealed record IcwsCallResult(CommandResult Result, string? Id = null, string? SecondId = null, DateTimeOffset? AnsweredAt = null);
