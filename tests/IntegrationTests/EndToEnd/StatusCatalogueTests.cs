using PureConnect.Grains.Agents;
using PureConnect.IntegrationTests.Infrastructure;

namespace PureConnect.IntegrationTests.EndToEnd;

/// <summary>CIC's status catalogue changes while agents are logged in: their status lists follow without a new login.</summary>
[Collection(StackCollection.Name)]
public sealed class StatusCatalogueTests(StackFixture stack)
{
    [Fact]
    public async Task A_status_added_changed_or_removed_on_CIC_reaches_a_logged_in_agents_status_list_without_a_new_login()
    {
        var agent = await stack.LogInAvailableAsync(stack.TakeAgent());
        var statusId = $"ItBreak{Guid.NewGuid():N}"[..16];
        try
        {
            Assert.DoesNotContain(await agent.GetStatusesAsync(null), s => s.StatusId == statusId);

            await stack.Control.PutJsonAsync($"/control/statuses/{statusId}", new { messageText = "Coffee break", isSelectableStatus = true });
            await Eventually.MatchesAsync(() => agent.GetStatusesAsync(null), l => l.Any(s => s.StatusId == statusId && s.MessageText == "Coffee break"),
                because: "the added status in the agent's list");

            await stack.Control.PutJsonAsync($"/control/statuses/{statusId}", new { messageText = "Tea break", isSelectableStatus = true, canHaveTime = true });
            await Eventually.MatchesAsync(() => agent.GetStatusesAsync(null), l => l.Any(s => s.StatusId == statusId && s is { MessageText: "Tea break", CanHaveTime: true }),
                because: "the changed status, replaced whole");

            await stack.Control.DeleteAsync($"/control/statuses/{statusId}");
            await Eventually.MatchesAsync(() => agent.GetStatusesAsync(null), l => l.Count > 0 && l.All(s => s.StatusId != statusId),
                because: "the removed status gone from the agent's list");
        }
        finally
        {
            await agent.LogOutAsync();
        }
    }
}
