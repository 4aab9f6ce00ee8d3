using System.Net;
using System.Text.Json;
using PureConnect.IntegrationTests.Calls;
using PureConnect.IntegrationTests.Infrastructure;

namespace PureConnect.IntegrationTests.Api;

/// <summary>Spec, "Workgroup Queues view" and "Filter a Queue View", through the real stack (AgentApi → agent grain → the agent's CIC
/// session → the simulator): a workgroup's queue with more interactions than the display limits, filters, and a pickup into My
/// Interactions; CIC's View / Modify Workgroup Queues rights.</summary>
[Collection(StackCollection.Name)]
public sealed class WorkgroupQueueApiTests(StackFixture stack)
{
    [Fact]
    public async Task The_queue_shows_fifty_by_default_and_at_most_two_hundred_and_a_waiting_call_is_picked_up_once()
    {
        var first = stack.TakeAgent();
        var second = stack.TakeAgent();
        var workgroup = DirectoryControl.Unique("wg-q");
        await stack.Control.PostJsonAsync("/control/workgroups", new { name = workgroup, members = new[] { first, second }, activated = false });
        await using var desk = await CallDesk.OpenAsync(stack, first);
        await using var other = await CallDesk.OpenAsync(stack, second);
        var ids = new List<string>();
        for (var n = 0; n < 205; n++)
        {
            ids.Add(await stack.Control.InjectCallAsync($"+1317556{n:D4}", workgroup: workgroup, remoteName: $"Queued {n}"));
        }

        try
        {
            var byDefault = Queue(await desk.Api.GetAsync($"/api/me/workgroup-queues/{workgroup}"));
            Assert.Equal((50, 205, 50), (byDefault.GetProperty("limit").GetInt32(), byDefault.GetProperty("matching").GetInt32(), Rows(byDefault).Count));
            Assert.Equal(ids[0], Id(Rows(byDefault)[0]));
            Assert.All(Rows(byDefault), r => Assert.Equal(("Offering", "", "Call"), (State(r), r.GetProperty("user").GetString(), r.GetProperty("type").GetString())));

            Assert.Equal(200, Rows(Queue(await desk.Api.GetAsync($"/api/me/workgroup-queues/{workgroup}?limit=200"))).Count);
            (await desk.Api.GetAsync($"/api/me/workgroup-queues/{workgroup}?limit=201")).ShouldFail(HttpStatusCode.BadRequest, "workgroupQueue.invalid");
            var newest = Rows(Queue(await desk.Api.GetAsync($"/api/me/workgroup-queues/{workgroup}?limit=3&order=newest")));
            Assert.Equal(3, newest.Count);
            Assert.DoesNotContain(newest, r => ids.Take(200).Contains(Id(r)));

            (await desk.PostAsync($"/api/me/workgroup-queues/{workgroup}/interactions/{ids[0]}/pickup")).ShouldBe(HttpStatusCode.Accepted);
            await desk.WaitForStatusAsync(ids[0], "Connected");
            var connected = Queue(await desk.Api.GetAsync($"/api/me/workgroup-queues/{workgroup}?state=Connected"));
            var mine = Assert.Single(Rows(connected));
            Assert.Equal((ids[0], first), (Id(mine), mine.GetProperty("user").GetString()));
            var waiting = Queue(await desk.Api.GetAsync($"/api/me/workgroup-queues/{workgroup}?user=&limit=200"));
            Assert.Equal(204, waiting.GetProperty("matching").GetInt32());

            (await other.PostAsync($"/api/me/workgroup-queues/{workgroup}/interactions/{ids[0]}/pickup")).ShouldFail(HttpStatusCode.Conflict, "workgroupQueue.taken");
            (await other.PostAsync($"/api/me/workgroup-queues/{workgroup}/interactions/no-such-call/pickup")).ShouldFail(HttpStatusCode.Conflict, "workgroupQueue.taken");
        }
        finally
        {
            foreach (var id in ids)
            {
                await stack.Control.RemoteDisconnectAsync(id);
            }
        }
    }

    [Fact]
    public async Task Unknown_workgroups_missing_rights_and_bad_filters_are_refused_with_a_reason()
    {
        var agentId = stack.TakeAgent();
        var viewOnly = DirectoryControl.Unique("wg-qv");
        var closed = DirectoryControl.Unique("wg-qc");
        await stack.Control.PostJsonAsync("/control/workgroups", new { name = viewOnly, members = new[] { agentId }, activated = false });
        await stack.Control.PutJsonAsync($"/control/workgroups/{viewOnly}/queue-rights/{agentId}", new { view = true, modify = false });
        await stack.Control.PostJsonAsync("/control/workgroups", new { name = closed, members = Array.Empty<string>() });
        await using var desk = await CallDesk.OpenAsync(stack, agentId);
        var id = await stack.Control.InjectCallAsync("+13175550288", workgroup: viewOnly);
        try
        {
            (await desk.Api.GetAsync($"/api/me/workgroup-queues/{DirectoryControl.Unique("wg-none")}")).ShouldFail(HttpStatusCode.NotFound, "workgroupQueue.notFound");
            (await desk.Api.GetAsync($"/api/me/workgroup-queues/{closed}")).ShouldFail(HttpStatusCode.Forbidden, "workgroupQueue.noViewRight");
            (await desk.Api.GetAsync($"/api/me/workgroup-queues/{viewOnly}?state=Ringing")).ShouldFail(HttpStatusCode.BadRequest, "workgroupQueue.invalid");
            (await desk.Api.GetAsync($"/api/me/workgroup-queues/{viewOnly}?limit=0")).ShouldFail(HttpStatusCode.BadRequest, "workgroupQueue.invalid");
            (await desk.Api.GetAsync($"/api/me/workgroup-queues/{viewOnly}?order=sideways")).ShouldFail(HttpStatusCode.BadRequest, "workgroupQueue.invalid");

            Assert.Equal(id, Id(Assert.Single(Rows(Queue(await desk.Api.GetAsync($"/api/me/workgroup-queues/{viewOnly}"))))));
            (await desk.PostAsync($"/api/me/workgroup-queues/{viewOnly}/interactions/{id}/pickup")).ShouldFail(HttpStatusCode.Forbidden, "workgroupQueue.noModifyRight");
            var chooser = (await desk.Api.GetAsync("/api/me/workgroup-queues")).ShouldBe(HttpStatusCode.OK).Json.GetProperty("workgroups");
            Assert.Contains(chooser.EnumerateArray(), w => w.GetString() == viewOnly);
        }
        finally
        {
            await stack.Control.RemoteDisconnectAsync(id);
        }
    }

    private static JsonElement Queue(ApiAnswer answer) => answer.ShouldBe(HttpStatusCode.OK).Json;

    private static List<JsonElement> Rows(JsonElement queue) => [.. queue.GetProperty("interactions").EnumerateArray()];

    private static string Id(JsonElement row) => row.GetProperty("interactionId").GetString()!;

    private static string State(JsonElement row) => row.GetProperty("state").GetString()!;
}
