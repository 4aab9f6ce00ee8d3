using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.Messages;
using PureConnect.Simulators.CicServer.UnitTests.Support;
using PureConnect.Simulators.CicServer.Voicemail;

namespace PureConnect.Simulators.CicServer.UnitTests.Engine;

/// <summary>Channels facts §4 and spec "Voicemail": a box per user, its subscription and message-waiting count, read state, delete, play to
/// the station or a number; only the box's own user reaches its messages.</summary>
public sealed class VoicemailStoreTests
{
    private readonly EngineHarness _cic = new();
    private readonly VoicemailStore _store;

    public VoicemailStoreTests() => _store = new VoicemailStore(_cic.Time);

    [Fact]
    public void The_subscription_starts_with_the_whole_box_and_a_new_message_raises_the_waiting_count()
    {
        var old = _store.Drop("agent1", "Pat Caller", null, TimeSpan.FromSeconds(12));
        var agent = _cic.LogIn("agent1", "station1");
        _store.SubscribeMessages(agent);
        _store.SubscribeMwi(agent);

        var first = EngineHarness.Drain(agent);
        var snapshot = Assert.IsType<VoicemailMessagesMessage>(first[0]);
        Assert.False(snapshot.IsDelta);
        var added = Assert.Single(snapshot.VoicemailMessagesAdded!);
        Assert.Equal((old.Id, 0, "Pat Caller", 12), (added.UnifiedMessageId, added.State, added.From, added.DurationSeconds));
        Assert.Equal($"/icws/{agent.Id}/unified-messaging/{old.Id}/attachments/{old.Id}.wav", Assert.Single(added.Attachments).FileUri);
        Assert.Equal(1, Assert.IsType<MwiMessage>(first[1]).MessagesWaiting);

        _store.Drop("agent1", "Lee Later", "Call me back", TimeSpan.FromSeconds(3));

        var next = EngineHarness.Drain(agent);
        Assert.Equal("Call me back", Assert.Single(Assert.IsType<VoicemailMessagesMessage>(next[0]).VoicemailMessagesAdded!).Subject);
        Assert.Equal(2, Assert.IsType<MwiMessage>(next[1]).MessagesWaiting);
    }

    [Fact]
    public void Playing_to_the_station_marks_the_message_read_and_deleting_removes_it()
    {
        var message = _store.Drop("agent1", "Pat Caller", null, TimeSpan.FromSeconds(5));
        var agent = _cic.LogIn("agent1", "station1");
        _store.SubscribeMwi(agent);
        EngineHarness.Drain(agent);

        _store.Play(agent, message.Id, 1, null);
        _store.Play(agent, message.Id, 1, "+1 (317) 555-0100");

        var (messages, plays) = _store.Box("agent1");
        Assert.True(Assert.Single(messages).Read);
        Assert.Equal([(true, false), (false, true)], plays.Select(p => (p.ToStation, p.Target.StartsWith('+'))));
        Assert.Equal(0, Assert.IsType<MwiMessage>(Assert.Single(EngineHarness.Drain(agent))).MessagesWaiting);

        _store.Delete(agent, message.Id);
        Assert.Empty(_store.Box("agent1").Messages);
    }

    [Fact]
    public void Another_users_message_is_unknown_and_a_play_target_must_be_a_number()
    {
        var message = _store.Drop("agent1", "Pat Caller", null, TimeSpan.FromSeconds(5));
        var other = _cic.LogIn("agent2", "station2");
        var owner = _cic.LogIn("agent1");

        Assert.Equal(404, Assert.Throws<IcwsErrorException>(() => _store.Delete(other, message.Id)).StatusCode);
        Assert.Equal(404, Assert.Throws<IcwsErrorException>(() => _store.Play(other, message.Id, 1, null)).StatusCode);
        Assert.Equal(400, Assert.Throws<IcwsErrorException>(() => _store.Play(owner, message.Id, 1, "call me")).StatusCode);
        Assert.Equal(400, Assert.Throws<IcwsErrorException>(() => _store.Play(owner, message.Id, 1, null)).StatusCode);
        Assert.Single(_store.Box("agent1").Messages);
    }

    [Fact]
    public void The_audio_is_a_wav_file_of_the_messages_length()
    {
        var wav = VoicemailAudio.Tone(TimeSpan.FromSeconds(2));

        Assert.Equal("RIFF", System.Text.Encoding.ASCII.GetString(wav, 0, 4));
        Assert.Equal("WAVE", System.Text.Encoding.ASCII.GetString(wav, 8, 4));
        Assert.Equal(44 + 16000, wav.Length);
    }
}
