using System.Diagnostics.CodeAnalysis;

namespace PureConnect.Icws;

/// <summary>Callback interaction attributes (channels facts §3.1). Each constant is named after the attribute itself.</summary>
[SuppressMessage("Naming", "CA1707:Identifiers should not contain underscores", Justification = "Constants mirror the CIC attribute names.")]
public static class IcwsCallbackAttributeNames
{
    /// <summary>The number to call back.</summary>
    public const string Eic_CallbackPhone = "Eic_CallbackPhone";

    /// <summary>None, success or failure ([U] encoding: the names or IceLib's numbers 0, 1, 2).</summary>
    public const string Eic_CallbackCompletion = "Eic_CallbackCompletion";
    public const string Eic_CallbackCompletionDisplay = "Eic_CallbackCompletionDisplay";

    /// <summary>The call the agent placed to the callback number ([U] that it holds that call's id).</summary>
    public const string Eic_CallbackAssociatedCallId = "Eic_CallbackAssociatedCallId";

    /// <summary>The requester's message ([U]: most likely the subject).</summary>
    public const string Eic_Subject = "Eic_Subject";

    /// <summary>Retries made and allowed (the CIC simulator's names for <c>callbackMessage</c>'s <c>attempts</c> and <c>maxAttempts</c>).</summary>
    public const string Eic_CallbackAttempts = "Eic_CallbackAttempts";
    public const string Eic_CallbackMaxAttempts = "Eic_CallbackMaxAttempts";

    /// <summary>Every attribute above, to add to a queue subscription.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Eic_CallbackPhone, Eic_CallbackCompletion, Eic_CallbackCompletionDisplay, Eic_CallbackAssociatedCallId, Eic_Subject,
        Eic_CallbackAttempts, Eic_CallbackMaxAttempts,
    ];
}
