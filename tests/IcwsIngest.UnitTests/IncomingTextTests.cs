using PureConnect.Icws;
using PureConnect.Icws.Messages;

namespace PureConnect.IcwsIngest.UnitTests;

public sealed class IncomingTextTests
{
    [Fact]
    public void Attributes_from_cic_lose_their_control_characters_and_the_clean_ones_are_kept()
    {
        var snapshot = new InteractionSnapshot("1001", new Dictionary<string, string>
        {
            ["Eic_RemoteName"] = "Pat\0 Caller",
            ["Eic_RemoteAddress"] = "3175550100",
            ["Custom_Notes"] = "line one\r\nline two\u0007",
        }, null);

        var clean = IncomingText.Clean(snapshot, out var cleaned);

        Assert.Equal(2, cleaned);
        Assert.Equal("Pat Caller", clean.Attributes["eic_remotename"]);
        Assert.Equal("3175550100", clean.Attributes["Eic_RemoteAddress"]);
        Assert.Equal("line one\r\nline two", clean.Attributes["Custom_Notes"]);
    }

    [Fact]
    public void Clean_text_is_passed_on_as_it_is()
    {
        var snapshot = new InteractionSnapshot("1001", new Dictionary<string, string> { ["Eic_RemoteName"] = "Pat Caller" }, null);
        var status = new UserStatus("agent1", "Available", "back at two", null, null, null, null, null, [], null);

        Assert.Same(snapshot, IncomingText.Clean(snapshot, out var snapshotCleaned));
        Assert.Same(status, IncomingText.Clean(status, out var statusCleaned));
        Assert.Equal((0, 0), (snapshotCleaned, statusCleaned));
    }

    [Fact]
    public void Status_notes_and_forward_numbers_lose_their_control_characters()
    {
        var status = new UserStatus("agent1", "Available, Forward", "cell\0", "317\u001B5550123", null, null, null, null, [], null);

        var clean = IncomingText.Clean(status, out var cleaned);

        Assert.Equal(2, cleaned);
        Assert.Equal(("Available, Forward", "cell", "3175550123"), (clean.StatusId, clean.Notes, clean.ForwardNumber));
    }
}

public sealed class GrainCallRetryTests
{
    [Fact]
    public void The_delay_doubles_up_to_its_cap_and_the_attempts_are_bounded()
    {
        var retry = new GrainCallRetry(4, TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(300));

        Assert.Equal([100.0, 200, 300, 300], Enumerable.Range(1, 4).Select(n => retry.DelayAfter(n).TotalMilliseconds));
        Assert.Equal([true, true, true, false], Enumerable.Range(1, 4).Select(retry.ShouldRetry));
        Assert.Equal(1, GrainCallRetry.From(new IngestOptions { MaxGrainCallAttempts = 0 }).MaxAttempts);
    }
}
