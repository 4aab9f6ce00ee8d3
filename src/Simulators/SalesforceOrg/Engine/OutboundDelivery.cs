namespace PureConnect.Simulators.SalesforceOrg.Engine;

/// <summary>One outbound message to one endpoint: its attempts, whether it was acknowledged, the last failure.</summary>
internal sealed class OutboundDelivery(string notificationId, string recordId, Uri url)
{
    public string NotificationId { get; } = notificationId;

    public string RecordId { get; } = recordId;

    public Uri Url { get; } = url;

    public int Attempts { get; set; }

    public bool Delivered { get; set; }

    public string? LastError { get; set; }
}
