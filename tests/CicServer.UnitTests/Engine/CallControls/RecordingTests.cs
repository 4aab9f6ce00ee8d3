using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.UnitTests.Support;

namespace PureConnect.Simulators.CicServer.UnitTests.Engine.CallControls;

public sealed class RecordingTests
{
    private readonly EngineHarness _cic = new();

    [Fact]
    public void An_ad_hoc_recording_names_the_recorder_until_it_stops()
    {
        var (agent, id) = ConnectedCall("agent1");

        _cic.Engine.Record(agent, id, on: true, supervisor: false);
        Assert.Equal("agent1", _cic.Call(id).Attributes[Attr.Recorders]);

        _cic.Engine.Record(agent, id, on: false, supervisor: false);
        Assert.Equal("", _cic.Call(id).Attributes[Attr.Recorders]);
        Assert.NotNull(Assert.Single(_cic.Engine.ListRecordings(id)).StoppedAt);
    }

    [Fact]
    public void Snippet_recording_takes_precedence_over_ad_hoc()
    {
        var (agent, id) = ConnectedCall("agent1");
        _cic.Advance(3);
        _cic.Engine.Record(agent, id, on: true, supervisor: false);
        _cic.Advance(5);

        _cic.Engine.RecordSnippet(agent, id, on: true, supervisor: false);

        var recordings = _cic.Engine.ListRecordings(id);
        var snippet = recordings.Single(r => r.Kind == "Snippet");
        Assert.Equal(snippet.RecordingId, recordings.Single(r => r.Kind == "AdHoc").MergedInto);
        Assert.Equal(EngineHarness.Start.AddSeconds(3), snippet.StartedAt);
        Assert.Equal(snippet.RecordingId, _cic.Call(id).Attributes[Attr.SnippetRecordingId]);

        _cic.Engine.Record(agent, id, on: false, supervisor: false);
        Assert.NotNull(_cic.Engine.ListRecordings(id).Single(r => r.Kind == "Snippet").StoppedAt);
    }

    [Fact]
    public void A_snippet_started_first_refuses_an_ad_hoc_recording()
    {
        var (agent, id) = ConnectedCall("agent1");
        _cic.Engine.RecordSnippet(agent, id, on: true, supervisor: false);

        IcwsAssert.Refused(400, ErrorIds.SnippetRecordingActive, () => _cic.Engine.Record(agent, id, on: true, supervisor: false));
    }

    [Fact]
    public void Rights_and_the_recorder_license_are_required()
    {
        var (agent11, call11) = ConnectedCall("agent11");
        var (agent12, call12) = ConnectedCall("agent12");

        IcwsAssert.Refused(403, ErrorIds.RecordRightMissing, () => _cic.Engine.Record(agent11, call11, on: true, supervisor: false));
        IcwsAssert.Refused(403, ErrorIds.SnipRightMissing, () => _cic.Engine.RecordSnippet(agent12, call12, on: true, supervisor: false));
    }

    [Fact]
    public void A_secure_pause_runs_its_configured_length_resets_on_repeat_and_never_passes_the_maximum()
    {
        var (agent, id) = ConnectedCall("agent1");

        _cic.Engine.SecurePause(agent, id, type: 1, duration: null);
        Assert.Equal("20240312T141503Z", _cic.Call(id).Attributes[Attr.SecurePauseStartTime]);
        Assert.Equal("20240312T141603Z", _cic.Call(id).Attributes[Attr.RecordingsAutoResumeTime]);

        _cic.Advance(40);
        _cic.Engine.SecurePause(agent, id, type: 1, duration: null);
        Assert.Equal("20240312T141643Z", _cic.Call(id).Attributes[Attr.RecordingsAutoResumeTime]);
        _cic.Advance(30);
        Assert.NotEqual("", _cic.Call(id).Attributes[Attr.RecordingsAutoResumeTime]);
        _cic.Advance(31);
        Assert.Equal("", _cic.Call(id).Attributes[Attr.RecordingsAutoResumeTime]);

        _cic.Engine.SecurePause(agent, id, type: 3, duration: 3600);
        Assert.Equal(_cic.Time.GetUtcNow().AddMinutes(5), Assert.Single(_cic.Engine.ListSecurePauses()).ResumesAt);
    }

    [Fact]
    public void No_secure_pause_during_a_snippet_recording()
    {
        var (agent, id) = ConnectedCall("agent1");
        _cic.Engine.RecordSnippet(agent, id, on: true, supervisor: false);

        IcwsAssert.Refused(400, ErrorIds.SnippetRecordingActive, () => _cic.Engine.SecurePause(agent, id, type: 1, duration: null));
    }

    private (Session Agent, string CallId) ConnectedCall(string userId)
    {
        var agent = _cic.LogIn(userId, "station" + userId[5..]);
        var id = _cic.Engine.InjectCall("+13175550600", userId: userId);
        _cic.Engine.Pickup(agent, id);
        return (agent, id);
    }
}
