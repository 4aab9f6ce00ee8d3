using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PureConnect.IntegrationTests.Infrastructure;
using static PureConnect.IntegrationTests.Calls.CallDesk;

namespace PureConnect.IntegrationTests.Calls;

/// <summary>Spec: "Make a conference call", "Record a call", "Snippet Recording Precedence", "Securely pause a recording", and the other
/// call controls (voicemail, dial pad, request assistance, pick up with Hold), through the whole stack.</summary>
[Collection(StackCollection.Name)]
public sealed class ConferenceAndRecordingTests(StackFixture stack)
{
    [Fact]
    public async Task Three_parties_conference_and_it_lives_on_while_more_than_one_remains()
    {
        await using var a = await CallDesk.OpenAsync(stack, stack.TakeAgent());
        var (first, firstKey) = await a.ConnectedCallAsync("3175550401");
        var (second, secondKey) = await a.ConnectedCallAsync("3175550402"); // picking it up holds the first
        await a.WaitForStatusAsync(first, "Held");

        (await a.PostAsync("/api/me/conferences", new { ontoKey = firstKey, draggedKey = firstKey })).ShouldFail(HttpStatusCode.BadRequest, "conference.sameCall");
        (await a.PostAsync("/api/me/conferences", new { ontoKey = firstKey, draggedKey = secondKey })).ShouldBe(HttpStatusCode.Accepted);

        var conference = await a.WaitForAnyAsync(i => i.GetProperty("objectType").GetString() == "Conference"
            && CallsOf(i).GetProperty("conferenceParties").ValueKind == JsonValueKind.Number, "the conference interaction");
        var parties = CallsOf(conference).GetProperty("conferenceParties").GetInt32();
        Assert.True(parties >= 3, $"the agent and both callers are in the conference ({parties})");
        var conferenceId = Id(conference);

        await stack.Control.RemoteDisconnectAsync(first);
        var fewer = await a.WaitForAsync(conferenceId, i => CallsOf(i).GetProperty("conferenceParties").GetInt32() == parties - 1, "one party fewer");
        Assert.NotEqual("Disconnected", Status(fewer));

        (await a.PostAsync($"/api/me/interactions/{Key(conference)}/disconnect")).ShouldBe(HttpStatusCode.Accepted);
        await a.WaitForAsync(conferenceId, i => Status(i) == "Disconnected", "the conference to end when one party remains");
        var remaining = await stack.Control.GetInteractionAsync(second);
        Assert.True(remaining is null || remaining.Value.ToString().Contains("\"Eic_State\":\"I\"", StringComparison.Ordinal)
            || remaining.Value.ToString().Contains("\"Eic_State\":\"E\"", StringComparison.Ordinal), $"the last caller left with the conference: {remaining}");
    }

    [Fact]
    public async Task A_third_call_joins_by_being_dropped_on_the_conference_a_dialer_call_never_does_and_the_conference_has_its_own_call_log()
    {
        await using var a = await CallDesk.OpenAsync(stack, stack.TakeAgent());
        var (first, firstKey) = await a.ConnectedCallAsync("3175550411");
        var (second, secondKey) = await a.ConnectedCallAsync("3175550412");
        (await a.PostAsync("/api/me/conferences", new { ontoKey = firstKey, draggedKey = secondKey })).ShouldBe(HttpStatusCode.Accepted);
        var conference = await a.WaitForAnyAsync(i => i.GetProperty("objectType").GetString() == "Conference"
            && CallsOf(i).GetProperty("conferenceParties").ValueKind == JsonValueKind.Number, "the conference interaction");

        var (third, thirdKey) = await a.ConnectedCallAsync("3175550413");
        (await a.PostAsync("/api/me/conferences", new { ontoKey = Key(conference), draggedKey = thirdKey })).ShouldBe(HttpStatusCode.Accepted);
        await a.WaitForAsync(Id(conference), i => CallsOf(i).GetProperty("conferenceParties").GetInt32() == 4, "the agent and three callers");
        await a.WaitForAsync(third, i => CallsOf(i).GetProperty("conferenceId").ValueKind == JsonValueKind.String, "the third call in the conference");

        var dialerId = await InjectDialerCallAsync(a.AgentId);
        var dialerKey = Key(await a.WaitForAsync(dialerId, i => Status(i) == "Alerting" && CallsOf(i).GetProperty("isDialer").GetBoolean(), "a Dialer call"));
        (await a.PostAsync($"/api/me/interactions/{dialerKey}/pickup")).ShouldBe(HttpStatusCode.Accepted);
        await a.WaitForStatusAsync(dialerId, "Connected");
        (await a.PostAsync("/api/me/conferences", new { ontoKey = Key(conference), draggedKey = dialerKey })).ShouldFail(HttpStatusCode.BadRequest, "conference.dialerNotAllowed");

        using var salesforce = new HttpClient { BaseAddress = stack.SalesforceUri };
        await Eventually.MatchesAsync(
            () => salesforce.GetFromJsonAsync<List<JsonElement>>($"/control/tasks?externalId={Uri.EscapeDataString(Key(conference))}")!,
            tasks => tasks!.Count == 1, because: "the conference's own call log");
        foreach (var call in new[] { first, second, third, dialerId })
        {
            await stack.Control.RemoteDisconnectAsync(call).ContinueWith(_ => { }, TaskScheduler.Default); // some already ended with the conference
        }
    }

    [Fact]
    public async Task The_wrap_up_of_a_conference_goes_to_the_workgroup_call_underneath()
    {
        var agentId = stack.TakeAgent();
        var workgroup = await SoleWorkgroupAsync(agentId);
        using (var simulator = new HttpClient { BaseAddress = stack.SimulatorUri })
        {
            (await simulator.PutAsJsonAsync($"/control/workgroups/{workgroup}/wrap-up",
                new { codes = new[] { "Sale", "No Sale" }, timeLimitSeconds = 60, ambiguousCode = "Ambiguous" })).EnsureSuccessStatusCode();
        }

        await using var a = await CallDesk.OpenAsync(stack, agentId);
        var (underneath, underneathKey) = await a.ConnectedCallAsync("3175550421", workgroup);
        var (other, otherKey) = await a.ConnectedCallAsync("3175550422");
        (await a.PostAsync("/api/me/conferences", new { ontoKey = underneathKey, draggedKey = otherKey })).ShouldBe(HttpStatusCode.Accepted);
        var conference = await a.WaitForAnyAsync(i => i.GetProperty("objectType").GetString() == "Conference", "the conference interaction");

        await stack.Control.RemoteDisconnectAsync(other);
        await stack.Control.RemoteDisconnectAsync(underneath).ContinueWith(_ => { }, TaskScheduler.Default);

        var prompted = await a.WaitForAsync(underneath, i => i.GetProperty("wrapUp").ValueKind == JsonValueKind.Object, "the wrap-up on the workgroup call");
        Assert.Equal("Open", prompted.GetProperty("wrapUp").GetProperty("status").GetString());
        (await a.PostAsync($"/api/me/interactions/{underneathKey}/wrap-up", new { code = "Sale" })).ShouldBe(HttpStatusCode.OK);
        var ended = (await a.InteractionsAsync()).FirstOrDefault(i => Id(i) == Id(conference));
        Assert.True(ended.ValueKind != JsonValueKind.Object || ended.GetProperty("wrapUp").ValueKind == JsonValueKind.Null, "no wrap-up for the conference itself");
    }

    private async Task<string> InjectDialerCallAsync(string agentId)
    {
        using var simulator = new HttpClient { BaseAddress = stack.SimulatorUri };
        var response = await simulator.PostAsJsonAsync("/control/calls", new { ani = "3175550414", user = agentId, campaignId = "Renewals" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("interactionId").GetString()!;
    }

    [Fact]
    public async Task A_refusal_of_CIC_is_told_in_the_products_words_not_with_the_interaction_id()
    {
        await using var a = await CallDesk.OpenAsync(stack, stack.TakeAgent());
        var (id, key) = await a.ConnectedCallAsync("3175550415");
        (await a.PostAsync($"/api/me/interactions/{key}/record")).ShouldBe(HttpStatusCode.Accepted);
        await a.WaitForAsync(id, i => Recording(i).GetProperty("recordActive").GetBoolean(), "the ad hoc recording");
        (await a.PostAsync($"/api/me/interactions/{key}/secure-pause")).ShouldBe(HttpStatusCode.Accepted);

        var refused = (await a.PostAsync($"/api/me/interactions/{key}/snip")).ShouldFail(HttpStatusCode.BadRequest, "recording.securePauseActive");

        Assert.Equal("The recording is securely paused; try when the pause ends.", refused.Property("message"));
        await stack.Control.RemoteDisconnectAsync(id);
    }

    [Fact]
    public async Task Snippet_takes_precedence_over_ad_hoc_recording_and_secure_pause_counts_down()
    {
        await using var a = await CallDesk.OpenAsync(stack, stack.TakeAgent());
        var me = (await a.Api.GetAsync("/api/me")).Json;
        Assert.True(me.GetProperty("recordingRights").GetProperty("record").GetBoolean());
        var (id, key) = await a.ConnectedCallAsync("3175550403");
        string Controls(string path) => $"/api/me/interactions/{key}/{path}";

        (await a.PostAsync(Controls("record"))).ShouldBe(HttpStatusCode.Accepted);
        await a.WaitForAsync(id, i => Recording(i).GetProperty("recordActive").GetBoolean(), "the ad hoc recording");

        (await a.PostAsync(Controls("secure-pause"))).ShouldBe(HttpStatusCode.Accepted);
        var paused = await a.WaitForAsync(id, i => CallsOf(i).GetProperty("securePauseEndsAt").ValueKind == JsonValueKind.String, "the secure pause");
        var endsAt = CallsOf(paused).GetProperty("securePauseEndsAt").GetDateTimeOffset();
        Assert.InRange(endsAt - DateTimeOffset.UtcNow, TimeSpan.Zero, StackFixture.SecurePauseLength);
        await Task.Delay(TimeSpan.FromSeconds(1));
        (await a.PostAsync(Controls("secure-pause"))).ShouldBe(HttpStatusCode.Accepted); // again: starts over at the maximum, never beyond
        var again = await a.WaitForAsync(id, i => CallsOf(i).GetProperty("securePauseEndsAt").ValueKind == JsonValueKind.String
            && CallsOf(i).GetProperty("securePauseEndsAt").GetDateTimeOffset() > endsAt, "the pause to start over");
        Assert.True(CallsOf(again).GetProperty("securePauseEndsAt").GetDateTimeOffset() <= DateTimeOffset.UtcNow + StackFixture.SecurePauseLength);
        await a.WaitForAsync(id, i => CallsOf(i).GetProperty("securePauseEndsAt").ValueKind == JsonValueKind.Null, "the pause to end by itself");

        (await a.PostAsync(Controls("snip"))).ShouldBe(HttpStatusCode.Accepted);
        var merged = await a.WaitForAsync(id, i => Recording(i).GetProperty("snipActive").GetBoolean(), "the snippet recording");
        Assert.True(Recording(merged).GetProperty("recordEnabled").GetBoolean(), "Record stops the snippet its ad hoc recording merged into");
        (await a.PostAsync(Controls("secure-pause"))).ShouldFail(HttpStatusCode.BadRequest, "securePause.snippetActive");
        var recordings = await stack.Control.GetAsync($"/control/recordings?interactionId={id}");
        Assert.Contains(recordings.EnumerateArray(), r => r.ToString().Contains("nippet", StringComparison.OrdinalIgnoreCase));

        (await a.PostAsync(Controls("record"))).ShouldBe(HttpStatusCode.Accepted); // either button stops the merged recording
        await a.WaitForAsync(id, i => !Recording(i).GetProperty("snipActive").GetBoolean() && !Recording(i).GetProperty("recordActive").GetBoolean(),
            "the recording to stop");
        (await a.PostAsync(Controls("snip"))).ShouldBe(HttpStatusCode.Accepted); // later: a separate recording
        await a.WaitForAsync(id, i => Recording(i).GetProperty("snipActive").GetBoolean(), "a second snippet recording");
        await stack.Control.RemoteDisconnectAsync(id);
        await a.WaitForAsync(id, i => !Recording(i).GetProperty("snipActive").GetBoolean(), "recording to end with the call");
    }

    [Fact]
    public async Task Voicemail_dial_pad_assistance_and_pickup_with_hold()
    {
        await using var a = await CallDesk.OpenAsync(stack, stack.TakeAgent());
        var (id, key) = await a.ConnectedCallAsync("3175550404", workgroup: await SoleWorkgroupAsync(a.AgentId));

        (await a.PostAsync($"/api/me/interactions/{key}/digits", new { digits = "12x" })).ShouldFail(HttpStatusCode.BadRequest, "dtmf.invalidDigits");
        (await a.PostAsync($"/api/me/interactions/{key}/digits", new { digits = "1234#" })).ShouldBe(HttpStatusCode.Accepted);
        var dtmf = await stack.Control.GetAsync($"/control/dtmf?interactionId={id}");
        Assert.Contains("1234#", dtmf.ToString(), StringComparison.Ordinal);

        (await a.PostAsync($"/api/me/interactions/{key}/assistance", new { message = "Caller asks for a refund" })).ShouldBe(HttpStatusCode.Accepted);
        await a.WaitForAsync(id, i => CallsOf(i).GetProperty("assistanceRequested").GetBoolean(), "the assistance request");
        (await a.PostAsync($"/api/me/interactions/{key}/assistance", new { message = "Again" })).ShouldFail(HttpStatusCode.BadRequest, "assistance.alreadyRequested");
        var requests = await stack.Control.GetAsync("/control/assistance-requests");
        Assert.Contains("Caller asks for a refund", requests.ToString(), StringComparison.Ordinal);

        var direct = await stack.Control.InjectCallAsync("3175550405", user: a.AgentId);
        var directKey = Key(await a.WaitForStatusAsync(direct, "Alerting"));
        (await a.PostAsync($"/api/me/interactions/{directKey}/assistance", new { message = "Help" })).ShouldFail(HttpStatusCode.BadRequest, "assistance.notAcd");
        (await a.PostAsync($"/api/me/interactions/{directKey}/pickup-hold")).ShouldBe(HttpStatusCode.Accepted);
        await a.WaitForStatusAsync(direct, "Held");

        var third = await stack.Control.InjectCallAsync("3175550406", user: a.AgentId);
        var thirdKey = Key(await a.WaitForStatusAsync(third, "Alerting"));
        (await a.PostAsync($"/api/me/interactions/{thirdKey}/voicemail")).ShouldBe(HttpStatusCode.Accepted);
        await a.WaitForAsync(third, i => Status(i) is "Voicemail" or "Disconnected", "the call to go to voicemail");
        Assert.Equal(JsonValueKind.Null, (await a.InteractionsAsync()).Single(i => Id(i) == third).GetProperty("screenPop").ValueKind);

        foreach (var call in new[] { id, direct })
        {
            await stack.Control.RemoteDisconnectAsync(call);
        }
    }

    [Theory]
    [InlineData(false, true, true, false, true)]
    [InlineData(true, true, false, true, false)]
    [InlineData(true, false, true, true, false)]
    public async Task The_recording_buttons_follow_the_rights_and_license_CIC_reports(
        bool recordRight, bool snipRight, bool license, bool showsRecord, bool showsSnip)
    {
        var userId = $"it-rights-{Guid.NewGuid():N}"[..20];
        await stack.Control.PostJsonAsync("/control/users", new
        {
            userId,
            password = StackFixture.Password,
            canRecordInteractions = recordRight,
            canSnipInteractions = snipRight,
            hasRecorderAccessLicense = license,
        });
        await stack.Control.PostJsonAsync("/control/stations", new { stationId = $"{userId}-station" });
        using var api = new Api.AgentApiClient(stack.ApiUri);
        (await api.LogInAsync(userId, StackFixture.Password)).ShouldBe(HttpStatusCode.OK);
        (await api.SelectWorkstationAsync($"{userId}-station")).ShouldBe(HttpStatusCode.OK);

        var rights = (await api.GetAsync("/api/me")).ShouldBe(HttpStatusCode.OK).Json.GetProperty("recordingRights");

        Assert.Equal((showsRecord, showsSnip), (rights.GetProperty("record").GetBoolean(), rights.GetProperty("snip").GetBoolean()));
        await api.DeleteAsync("/api/session");
    }

    private static JsonElement Recording(JsonElement interaction) => CallsOf(interaction).GetProperty("recording");

    private async Task<string> SoleWorkgroupAsync(string agentId)
    {
        var workgroup = $"ItHelp{Guid.NewGuid():N}"[..14];
        await stack.Control.PostJsonAsync("/control/workgroups", new { name = workgroup, members = new[] { agentId } });
        return workgroup;
    }
}
