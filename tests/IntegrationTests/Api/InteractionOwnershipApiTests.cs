using System.Net;
using PureConnect.IntegrationTests.Infrastructure;

namespace PureConnect.IntegrationTests.Api;

/// <summary>An interaction key that is not the agent's is refused before any interaction grain is addressed: a made-up key
/// answers 404 and leaves no activation (nor stored stream) behind.</summary>
[Collection(StackCollection.Name)]
public sealed class InteractionOwnershipApiTests(StackFixture stack)
{
    [Fact]
    public async Task A_made_up_interaction_key_is_a_404_and_activates_no_interaction_grain()
    {
        var keys = new[] { $"9{Random.Shared.NextInt64(10_000_000_000, 99_999_999_999)}20260101", Guid.NewGuid().ToString("N") };
        using var api = new AgentApiClient(stack.ApiUri);
        await api.LogInReadyAsync(stack.TakeAgent());
        try
        {
            foreach (var key in keys)
            {
                (await api.PostAsync($"/api/me/interactions/{key}/record")).ShouldFail(HttpStatusCode.NotFound, "interaction.notFound");
                (await api.PostAsync($"/api/me/interactions/{key}/redial")).ShouldFail(HttpStatusCode.NotFound, "interaction.notFound");
                (await api.PostAsync($"/api/me/interactions/{key}/digits", new { digits = "12" })).ShouldFail(HttpStatusCode.NotFound, "interaction.notFound");
                (await api.PostAsync($"/api/me/interactions/{key}/wrap-up", new { code = "Sale" })).ShouldFail(HttpStatusCode.NotFound, "interaction.notFound");
                (await api.PutAsync($"/api/me/interactions/{key}/call-log", new { subject = "x" })).ShouldFail(HttpStatusCode.NotFound, "interaction.notFound");
            }

            var activations = await stack.Grains.GetGrain<IManagementGrain>(0).GetDetailedGrainStatistics();
            var activated = activations.Select(a => a.GrainId.Key.ToString()).Where(keys.Contains).ToList();
            Assert.True(activated.Count == 0, $"Interaction grains were activated for {string.Join(", ", activated)}");
        }
        finally
        {
            await api.DeleteAsync("/api/session");
        }
    }

    [Fact]
    public async Task An_absurdly_long_key_is_a_404()
    {
        using var api = new AgentApiClient(stack.ApiUri);
        await api.LogInReadyAsync(stack.TakeAgent());
        try
        {
            (await api.PostAsync($"/api/me/interactions/{new string('7', 2_000)}/snip")).ShouldFail(HttpStatusCode.NotFound, "interaction.notFound");
        }
        finally
        {
            await api.DeleteAsync("/api/session");
        }
    }
}
