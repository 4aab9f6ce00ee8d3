namespace PureConnect.Replay.Reports.Workgroups;

/// <summary>An interaction's latest visit to a workgroup: when it was offered there, and whether it was answered or abandoned yet.</summary>
internal sealed record QueuedOffer(string Workgroup, DateTimeOffset OfferedAt)
{
    public bool Settled { get; set; }
}
