namespace PureConnect.Simulators.CicServer.Engine.Dialer;

/// <summary>A campaign call on an agent's queue: its contact, whether the preview was placed, whether it was dispositioned.</summary>
internal sealed class DialerCall(Interaction call, SimCampaign campaign, ContactRecord contact, bool isPreview)
{
    public Interaction Call { get; } = call;

    public SimCampaign Campaign { get; } = campaign;

    public ContactRecord Contact { get; } = contact;

    public bool IsPreview { get; } = isPreview;

    public bool Placed { get; set; } = !isPreview;

    public string? Disposition { get; set; }

    public bool Dispositioned => Disposition is not null;

    /// <summary>Still to be hung up: dialed, not disconnected, still on the agent's queue.</summary>
    public bool IsLive => Placed && !Call.IsDisconnected && !Call.Deallocated;
}
