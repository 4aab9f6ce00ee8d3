using System.Diagnostics.CodeAnalysis;

namespace PureConnect.Icws;

/// <summary>Interaction attributes that reflect the call controls (reference §8.4). Each constant is named after the attribute itself.</summary>
[SuppressMessage("Naming", "CA1707:Identifiers should not contain underscores", Justification = "Constants mirror the CIC attribute names.")]
public static class IcwsCallControlAttributeNames
{
    public const string Eic_AccountCode = "Eic_AccountCode";

    /// <summary>User names recording the interaction; non-empty means recording.</summary>
    public const string Eic_Recorders = "Eic_Recorders";
    public const string Eic_RecordersSupv = "Eic_RecordersSupv";
    public const string Eic_IRSnippetRecordingId = "Eic_IRSnippetRecordingId";
    public const string Eic_SecureRecordingPauseStartTime = "Eic_SecureRecordingPauseStartTime";

    /// <summary>When a secure pause ends on its own (compact ISO time in the simulator; [U] encoding).</summary>
    public const string Eic_RecordingsAutoResumeTime = "Eic_RecordingsAutoResumeTime";

    /// <summary>[U] On a consulted call, the other call of the consult (name from the reference's guesses).</summary>
    public const string Eic_ConsultTransferCallId = "Eic_ConsultTransferCallId";

    /// <summary>On a conference interaction, how many members are in it (the CIC simulator's name; [U] on a real server).</summary>
    public const string Eic_ConferenceMemberCount = "Eic_ConferenceMemberCount";

    /// <summary>Interaction Dialer calls carry their campaign id (reference §9.2).</summary>
    public const string Is_Attr_CampaignId = "is_attr_campaignid";

    /// <summary>Every attribute above but the Dialer's, to add to a queue subscription.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Eic_AccountCode, Eic_Recorders, Eic_RecordersSupv, Eic_IRSnippetRecordingId, Eic_SecureRecordingPauseStartTime,
        Eic_RecordingsAutoResumeTime, Eic_ConsultTransferCallId, Eic_ConferenceMemberCount,
    ];
}
