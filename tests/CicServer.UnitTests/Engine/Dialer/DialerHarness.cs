using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.Messages;
using PureConnect.Simulators.CicServer.Options;
using PureConnect.Simulators.CicServer.UnitTests.Support;

namespace PureConnect.Simulators.CicServer.UnitTests.Engine.Dialer;

/// <summary>An engine with no demo campaign, one agent at a station, and helpers for campaigns and Dialer messages.</summary>
internal sealed class DialerHarness
{
    public DialerHarness() => Session = Cic.LogIn("agent1", "station1");

    public EngineHarness Cic { get; } = new(o => o.Campaigns = []);

    public CicEngine Engine => Cic.Engine;

    public Session Session { get; }

    public CampaignSeed AddCampaign(string id = "c1", string mode = "Predictive", Action<CampaignSeed>? configure = null)
    {
        var seed = new CampaignSeed
        {
            Id = id,
            Name = $"Campaign {id}",
            DialingMode = mode,
            SecondsBetweenCalls = 1,
            Contacts =
            [
                new() { Phone = "+13175550101", Name = "Ada", Attributes = new() { ["account"] = "A-1" } },
                new() { Phone = "+13175550102", Name = "Ben", Attributes = new() { ["account"] = "B-2" } },
            ],
        };
        configure?.Invoke(seed);
        Engine.AddCampaign(seed);
        return seed;
    }

    /// <summary>Logs in to Dialer and to the campaign, says ready, and lets the pacer place the first call.</summary>
    public DataPopCall FirstCall(string campaignId = "c1")
    {
        Engine.DialerLogIn(Session, null);
        Engine.DialerLogIn(Session, campaignId);
        Engine.DialerReadyForCalls(Session);
        return NextCall();
    }

    public DataPopCall NextCall()
    {
        Cic.Advance(0);
        Cic.Advance(1.5);
        return Assert.Single(Drain<DataPopMessage>()).Call;
    }

    public List<T> Drain<T>() => EngineHarness.Drain<T>(Session);

    public string Status => Engine.GetUserStatus("agent1").StatusId;
}
