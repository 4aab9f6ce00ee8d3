using System.Net;
using System.Text.Json;
using PureConnect.IntegrationTests.Calls;
using PureConnect.IntegrationTests.Infrastructure;

namespace PureConnect.IntegrationTests.Api;

/// <summary>Spec, "Change your workgroup activation status": an agent receives a workgroup's ACD calls only while active in it,
/// changes their activation with CIC's "Activate self" right, and only in workgroups they belong to.</summary>
[Collection(StackCollection.Name)]
public sealed class WorkgroupActivationApiTests(StackFixture stack)
{
    [Fact]
    public async Task A_deactivated_agent_gets_no_call_of_the_workgroup_until_they_activate_again()
    {
        var agentId = stack.TakeAgent();
        var workgroup = DirectoryControl.Unique("wg-act");
        await stack.Control.PostJsonAsync("/control/workgroups", new { name = workgroup, members = new[] { agentId } });
        await using var desk = await CallDesk.OpenAsync(stack, agentId);

        Assert.True(Activation(await desk.Api.GetAsync("/api/me/workgroups"), workgroup));
        var off = (await desk.Api.PutAsync($"/api/me/workgroups/{workgroup}", new { activated = false })).ShouldBe(HttpStatusCode.OK);
        Assert.False(Activation(off, workgroup));

        var id = await stack.Control.InjectCallAsync("+13175550177", workgroup: workgroup);
        var waiting = (await stack.Control.GetInteractionAsync(id))!.Value;
        Assert.True(waiting.GetProperty("userId").ValueKind == JsonValueKind.Null || waiting.GetProperty("userId").GetString() is null or "",
            $"the call waits on the workgroup queue while its only member is inactive: {waiting}");

        (await desk.Api.PutAsync($"/api/me/workgroups/{workgroup.ToUpperInvariant()}", new { activated = true })).ShouldBe(HttpStatusCode.OK);
        await desk.WaitForStatusAsync(id, "Alerting");
        Assert.True(Activation(await desk.Api.GetAsync("/api/me/workgroups"), workgroup));
        await stack.Control.RemoteDisconnectAsync(id);
    }

    [Fact]
    public async Task Changes_outside_the_agents_own_workgroups_or_rights_are_refused_with_a_reason()
    {
        var agentId = stack.TakeAgent();
        var mine = DirectoryControl.Unique("wg-mine");
        var locked = DirectoryControl.Unique("wg-lock");
        var other = DirectoryControl.Unique("wg-other");
        await stack.Control.PostJsonAsync("/control/workgroups", new { name = mine, members = new[] { agentId } });
        await stack.Control.PostJsonAsync("/control/workgroups", new { name = locked, members = new[] { agentId } });
        await stack.Control.PutJsonAsync($"/control/workgroups/{locked}/members/{agentId}", new { activated = true, canActivateSelf = false });
        await stack.Control.PostJsonAsync("/control/workgroups", new { name = other, members = Array.Empty<string>() });
        await using var desk = await CallDesk.OpenAsync(stack, agentId);

        (await desk.Api.PutAsync($"/api/me/workgroups/{other}", new { activated = true })).ShouldFail(HttpStatusCode.NotFound, "workgroup.notMember");
        (await desk.Api.PutAsync($"/api/me/workgroups/{locked}", new { activated = false })).ShouldFail(HttpStatusCode.Forbidden, "workgroup.noRight");
        (await desk.Api.PutAsync($"/api/me/workgroups/{mine}", new { })).ShouldFail(HttpStatusCode.BadRequest, "workgroup.invalid");
        // A NUL in the name: refused as bad input (by the rules or already by the web server), never sent to CIC.
        (await desk.Api.PutAsync($"/api/me/workgroups/{Uri.EscapeDataString(mine + "\0")}", new { activated = false })).ShouldBe(HttpStatusCode.BadRequest);

        var after = await desk.Api.GetAsync("/api/me/workgroups");
        Assert.True(Activation(after, mine) && Activation(after, locked), "nothing changed");
        Assert.DoesNotContain(after.Json.EnumerateArray(), w => w.GetProperty("workgroup").GetString() == other);
    }

    private static bool Activation(ApiAnswer answer, string workgroup) =>
        answer.ShouldBe(HttpStatusCode.OK).Json.EnumerateArray()
            .Single(w => string.Equals(w.GetProperty("workgroup").GetString(), workgroup, StringComparison.OrdinalIgnoreCase))
            .GetProperty("activated").GetBoolean();
}
