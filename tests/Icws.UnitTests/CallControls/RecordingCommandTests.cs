using PureConnect.Icws.UnitTests.Harness;

namespace PureConnect.Icws.UnitTests.CallControls;

public sealed class RecordingCommandTests
{
    [Fact]
    public async Task Snippet_recording_takes_precedence_over_ad_hoc()
    {
        await using var cic = await CicSimulator.StartAsync();
        var agent = await cic.LogInAsync("agent1");
        var id = await cic.ConnectedCallAsync(agent);

        await agent.RecordAsync(id, on: true);
        Assert.Equal("agent1", await cic.AttributeAsync(id, "Eic_Recorders"));
        await agent.RecordSnippetAsync(id, on: true);

        var recordings = await cic.ListAsync($"recordings?interactionId={id}");
        Assert.Equal(["AdHoc", "Snippet"], recordings.EnumerateArray().Select(r => r.GetProperty("kind").GetString()));
        Assert.Equal(recordings[1].GetProperty("recordingId").GetString(), recordings[0].GetProperty("mergedInto").GetString());
    }

    [Fact]
    public async Task A_snippet_first_refuses_ad_hoc_recording_and_secure_pause()
    {
        await using var cic = await CicSimulator.StartAsync();
        var agent = await cic.LogInAsync("agent1");
        var id = await cic.ConnectedCallAsync(agent);
        await agent.RecordSnippetAsync(id, on: true);

        var record = await Assert.ThrowsAsync<IcwsRequestException>(() => agent.RecordAsync(id, on: true));
        var pause = await Assert.ThrowsAsync<IcwsRequestException>(() => agent.SecurePauseAsync(id, SecurePauseType.DefaultTimeout));

        Assert.Equal((400, IcwsCallControlErrors.SnippetRecordingActive), (record.StatusCode, record.ErrorId));
        Assert.Equal(IcwsCallControlErrors.SnippetRecordingActive, pause.ErrorId);
    }

    [Fact]
    public async Task Recording_without_the_right_or_license_is_forbidden()
    {
        await using var cic = await CicSimulator.StartAsync();
        var agent11 = await cic.LogInAsync("agent11");
        var agent12 = await cic.LogInAsync("agent12");
        var call11 = await cic.ConnectedCallAsync(agent11);
        var call12 = await cic.ConnectedCallAsync(agent12);

        var record = await Assert.ThrowsAsync<IcwsRequestException>(() => agent11.RecordAsync(call11, on: true));
        var snip = await Assert.ThrowsAsync<IcwsRequestException>(() => agent12.RecordSnippetAsync(call12, on: true));

        Assert.Equal((403, IcwsCallControlErrors.RecordRightMissing), (record.StatusCode, record.ErrorId));
        Assert.Equal((403, IcwsCallControlErrors.SnipRightMissing), (snip.StatusCode, snip.ErrorId));
    }

    [Fact]
    public async Task A_secure_pause_sets_its_times_and_resumes()
    {
        await using var cic = await CicSimulator.StartAsync();
        var agent = await cic.LogInAsync("agent1");
        var id = await cic.ConnectedCallAsync(agent);

        await agent.SecurePauseAsync(id, SecurePauseType.SpecifiedTimeout, TimeSpan.FromSeconds(30));
        Assert.NotEqual("", await cic.AttributeAsync(id, "Eic_RecordingsAutoResumeTime"));
        Assert.NotEqual("", await cic.AttributeAsync(id, "Eic_SecureRecordingPauseStartTime"));

        await agent.SecurePauseAsync(id, SecurePauseType.ResumeRecording);
        Assert.Equal("", await cic.AttributeAsync(id, "Eic_RecordingsAutoResumeTime"));
    }
}
