
namespace PureConnect.Grains.Interactions;

/// <summary>The folded state of one interaction stream.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.InteractionModel")]
public sealed record InteractionModel
{
    public static readonly InteractionModel Initial = new();

    [Id(0)]
    public bool Discovered { get; init; }
    [Id(1)]
    public string InteractionId { get; init; } = "";
    [Id(2)]
    public string ObjectType { get; init; } = "";
    [Id(3)]
    public InteractionStatus Status { get; init; }
    [Id(4)]
    public InteractionDirection Direction { get; init; }
    [Id(5)]
    public string RemoteAddress { get; init; } = "";
    [Id(6)]
    public string RemoteName { get; init; } = "";
    [Id(7)]
    public string? Workgroup { get; init; }
    [Id(8)]
    public string? UserId { get; init; }
    [Id(9)]
    public bool Internal { get; init; }
    [Id(10)]
    public bool Muted { get; init; }
    [Id(11)]
    public DateTimeOffset? FirstSeenAt { get; init; }
    [Id(12)]
    public DateTimeOffset? ConnectedAt { get; init; }
    [Id(13)]
    public DateTimeOffset? DisconnectedAt { get; init; }
    [Id(14)]
    public DisconnectedBy DisconnectedBy { get; init; }
    [Id(15)]
    public bool Deallocated { get; init; }
    [Id(16)]
    public WrapUpState? WrapUp { get; init; }

    [Id(17)]
    public ScreenPopView? ScreenPop { get; init; }

    /// <summary>The agent's last saved call-log fields; null until the first edit.</summary>
    [Id(18)]
    public CallLogEdited? CallLog { get; init; }

    [Id(19)]
    public Calls.RecordingState Recording { get; init; } = Calls.RecordingState.Initial;

    [Id(20)]
    public Calls.SecurePauseState SecurePause { get; init; } = Calls.SecurePauseState.Initial;

    [Id(21)]
    public Calls.TransferState Transfer { get; init; } = Calls.TransferState.Initial;

    [Id(22)]
    public Calls.AssistanceState Assistance { get; init; } = Calls.AssistanceState.Initial;

    /// <summary>What CIC's attributes say beyond state: conference membership, Dialer, account code.</summary>
    [Id(23)]
    public InteractionFeaturesObserved? Features { get; init; }

    /// <summary>The record a click-to-dial associated with the call log.</summary>
    [Id(24)]
    public CallLogAssociated? Associated { get; init; }

    /// <summary>Interaction Dialer: the campaign call's data pop and disposition.</summary>
    [Id(30)]
    public DialerCallRecord? Dialer { get; init; }

    /// <summary>A callback's request, attempts and outcome; null for other kinds of interaction.</summary>
    [Id(31)]
    public Callbacks.CallbackState? Callback { get; init; }

    /// <summary>A chat's members, transcript and unread count; null until CIC's chat subscription reports it.</summary>
    [Id(32)]
    public Chats.ChatState? Chat { get; init; }

    /// <summary>An email's contents, its replies and forwards, whether it was sent; null until CIC's email subscription reports it
    /// or the owner answers it.</summary>
    [Id(33)]
    public Emails.EmailState? Email { get; init; }

    public bool IsEnded => Status == InteractionStatus.Disconnected;
}
