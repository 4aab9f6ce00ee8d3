using System.Net;
using System.Text.Json;
using PureConnect.IntegrationTests.Calls;
using PureConnect.IntegrationTests.Infrastructure;

namespace PureConnect.IntegrationTests.Api;

/// <summary>Spec, "Voicemail view" and "Playback messages in the Voicemail View", through the real stack: the agent's box with the count of
/// unheard messages, play to the station or a number, download of the WAV file, mark read, delete; another agent's message ids are 404.</summary>
[Collection(StackCollection.Name)]
public sealed class VoicemailApiTests(StackFixture stack)
{
    [Fact]
    public async Task The_agent_plays_downloads_and_deletes_a_voicemail_and_the_waiting_count_follows()
    {
        var agentId = stack.TakeAgent();
        await using var desk = await CallDesk.OpenAsync(stack, agentId);
        Assert.Equal(0, (await desk.Api.GetAsync("/api/me/voicemail/count")).ShouldBe(HttpStatusCode.OK).Json.GetProperty("waiting").GetInt32());

        await stack.Control.PostJsonAsync("/control/voicemail", new { userId = agentId, from = "Vic Voicemail", subject = "Please call back", durationSeconds = 4 });
        await stack.Control.PostJsonAsync("/control/voicemail", new { userId = agentId, from = "Wes Waiting", durationSeconds = 2 });

        var box = await Eventually.MatchesAsync(() => Box(desk), b => b.GetProperty("messages").GetArrayLength() == 2, because: "both messages to be in the box");
        Assert.Equal(2, box.GetProperty("waiting").GetInt32());
        var vic = Messages(box).Single(m => m.GetProperty("from").GetString() == "Vic Voicemail");
        Assert.Equal(("Please call back", false, 4.0), (vic.GetProperty("subject").GetString(), vic.GetProperty("read").GetBoolean(), vic.GetProperty("durationSeconds").GetDouble()));
        Assert.Equal("Wes Waiting", Messages(box)[0].GetProperty("from").GetString()); // newest first
        var id = vic.GetProperty("id").GetString()!;

        (await desk.PostAsync($"/api/me/voicemail/{id}/play")).ShouldBe(HttpStatusCode.Accepted);
        (await desk.PostAsync($"/api/me/voicemail/{id}/play", new { number = "+1 (317) 555-0142" })).ShouldBe(HttpStatusCode.Accepted);
        (await desk.PostAsync($"/api/me/voicemail/{id}/play", new { number = "my mobile" })).ShouldFail(HttpStatusCode.BadRequest, "voicemail.invalidNumber");
        var plays = (await stack.Control.GetAsync($"/control/voicemail/{agentId}")).GetProperty("plays").EnumerateArray()
            .Select(p => (ToStation: p.GetProperty("toStation").GetBoolean(), Target: p.GetProperty("target").GetString())).ToList();
        Assert.Equal(2, plays.Count);
        Assert.True(plays[0].ToStation && !string.IsNullOrEmpty(plays[0].Target), "the first play goes to the agent's station");
        Assert.Equal((false, "+1 (317) 555-0142"), plays[1]);
        box = await Eventually.MatchesAsync(() => Box(desk), b => b.GetProperty("waiting").GetInt32() == 1, because: "a played message is heard");
        Assert.True(Messages(box).Single(m => m.GetProperty("id").GetString() == id).GetProperty("read").GetBoolean());

        using var download = await desk.Api.Http.GetAsync($"/api/me/voicemail/{id}/file");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("audio/wav", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        var wav = await download.Content.ReadAsByteArrayAsync();
        Assert.Equal("RIFF", System.Text.Encoding.ASCII.GetString(wav, 0, 4));
        Assert.Equal(44 + (4 * 8000), wav.Length);

        (await desk.Api.PutAsync($"/api/me/voicemail/{id}", new { read = false })).ShouldBe(HttpStatusCode.NoContent);
        await Eventually.MatchesAsync(() => Box(desk), b => b.GetProperty("waiting").GetInt32() == 2, because: "marked unheard again");
        (await desk.Api.DeleteAsync($"/api/me/voicemail/{id}")).ShouldBe(HttpStatusCode.NoContent);
        box = await Eventually.MatchesAsync(() => Box(desk), b => b.GetProperty("messages").GetArrayLength() == 1, because: "the message is deleted");
        Assert.Equal(1, box.GetProperty("waiting").GetInt32());
        (await desk.PostAsync($"/api/me/voicemail/{id}/play")).ShouldFail(HttpStatusCode.NotFound, "voicemail.notFound");
    }

    [Fact]
    public async Task Another_agents_voicemail_is_not_found_and_stays_untouched()
    {
        var owner = stack.TakeAgent();
        var other = stack.TakeAgent();
        await using var ownerDesk = await CallDesk.OpenAsync(stack, owner);
        await using var otherDesk = await CallDesk.OpenAsync(stack, other);
        await stack.Control.PostJsonAsync("/control/voicemail", new { userId = owner, from = "Private Caller", durationSeconds = 3 });
        var box = await Eventually.MatchesAsync(() => Box(ownerDesk), b => b.GetProperty("messages").GetArrayLength() == 1, because: "the owner's message to arrive");
        var id = Messages(box)[0].GetProperty("id").GetString()!;

        (await otherDesk.PostAsync($"/api/me/voicemail/{id}/play")).ShouldFail(HttpStatusCode.NotFound, "voicemail.notFound");
        (await otherDesk.Api.DeleteAsync($"/api/me/voicemail/{id}")).ShouldFail(HttpStatusCode.NotFound, "voicemail.notFound");
        (await otherDesk.Api.PutAsync($"/api/me/voicemail/{id}", new { read = true })).ShouldFail(HttpStatusCode.NotFound, "voicemail.notFound");
        (await otherDesk.Api.GetAsync($"/api/me/voicemail/{id}/file")).ShouldFail(HttpStatusCode.NotFound, "voicemail.notFound");
        (await otherDesk.Api.GetAsync("/api/me/voicemail/no-such-message/file")).ShouldFail(HttpStatusCode.NotFound, "voicemail.notFound");
        Assert.Empty(Messages(await Box(otherDesk)));
        (await ownerDesk.Api.PutAsync($"/api/me/voicemail/{id}", new { })).ShouldFail(HttpStatusCode.BadRequest, "voicemail.invalid");

        var after = await Box(ownerDesk);
        Assert.Equal((1, false), (after.GetProperty("waiting").GetInt32(), Messages(after)[0].GetProperty("read").GetBoolean()));
    }

    private static async Task<JsonElement> Box(CallDesk desk) => (await desk.Api.GetAsync("/api/me/voicemail")).ShouldBe(HttpStatusCode.OK).Json;

    private static List<JsonElement> Messages(JsonElement box) => [.. box.GetProperty("messages").EnumerateArray()];
}
