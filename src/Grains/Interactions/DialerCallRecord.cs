namespace PureConnect.Grains.Interactions;

/// <summary>The Dialer side of a campaign call: its data pop and, once given, its disposition.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.DialerCallRecord")]
public sealed record DialerCallRecord(
    [property: Id(0)] DialerDataPopRecorded? DataPop, [property: Id(1)] DialerDispositionRecorded? Disposition)
{
    /// <summary>A data pop is recorded once; a disposition once ("select a disposition for the call").</summary>
    public static IReadOnlyList<InteractionEvent> Record(DialerCallRecord? record, InteractionEvent fact) => fact switch
    {
        DialerDataPopRecorded when record?.DataPop is null => [fact],
        DialerDispositionRecorded when record?.Disposition is null => [fact],
        _ => [],
    };

    public static DialerCallSummary? View(DialerCallRecord? record) => record is null ? null
        : new(record.DataPop?.CampaignId, record.DataPop?.CampaignName, record.Disposition?.Label, record.Disposition?.CallbackAt,
            record.Disposition?.CallbackToMe ?? false);

    public static DialerCallRecord Evolve(DialerCallRecord? record, InteractionEvent @event) => @event switch
    {
        DialerDataPopRecorded e => (record ?? new(null, null)) with { DataPop = e },
        DialerDispositionRecorded e => (record ?? new(null, null)) with { Disposition = e },
        _ => record ?? new(null, null),
    };
}
