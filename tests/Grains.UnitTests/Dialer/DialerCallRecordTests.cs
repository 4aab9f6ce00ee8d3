using PureConnect.Grains.Dialer;
using PureConnect.Grains.Interactions;
using static PureConnect.Grains.UnitTests.Dialer.DialerGiven;

namespace PureConnect.Grains.UnitTests.Dialer;

public sealed class DialerCallRecordTests
{
    private static readonly DialerDataPopRecorded Pop = new("c1", "Spring", new Dictionary<string, string> { ["account"] = "A-1" }, T0);
    private static readonly DialerDispositionRecorded Sale = new("Sale", "Success", false, false, null, false, "agent1", T0);

    [Fact]
    public void An_interaction_records_its_data_pop_and_its_disposition_once_each()
    {
        var record = DialerCallRecord.Evolve(DialerCallRecord.Evolve(null, Pop), Sale);

        Assert.Equal([Pop], DialerCallRecord.Record(null, Pop));
        Assert.Empty(DialerCallRecord.Record(record, Pop));
        Assert.Empty(DialerCallRecord.Record(record, Sale with { Label = "Not Interested" }));
        Assert.Equal(("Spring", "Sale"), (record.DataPop!.CampaignName, record.Disposition!.Label));
        Assert.Equal(new DialerCallSummary("c1", "Spring", "Sale", null, false), DialerCallRecord.View(record));
        Assert.Null(DialerCallRecord.View(null));
    }

    [Fact]
    public void The_agents_call_learns_its_interaction_key_once_seen_on_the_queue()
    {
        var state = DialerDecider.Evolve(LoggedIn().WithCall(Call()), new DialerCallLinked("1001", "100120261124", T0));

        Assert.Equal("100120261124", state.Call!.Key);
        Assert.Same(state.Call, DialerDecider.Evolve(state, new DialerCallLinked("9999", "other", T0)).Call);
    }
}
