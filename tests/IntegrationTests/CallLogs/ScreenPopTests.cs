using PureConnect.Grains.Interactions;
using PureConnect.IntegrationTests.EndToEnd;
using PureConnect.IntegrationTests.Infrastructure;

namespace PureConnect.IntegrationTests.CallLogs;

[Collection(StackCollection.Name)]
public sealed class ScreenPopTests(StackFixture stack)
{
    [Theory]
    [InlineData("3175550102", "Record", "Grace Hopper")]
    [InlineData("3175550177", "NewRecord", null)]
    public async Task An_alerting_call_is_searched_in_Salesforce_and_the_decision_reaches_the_interaction(string ani, string kind, string? name)
    {
        var agentId = stack.TakeAgent();
        var agent = await stack.LogInAvailableAsync(agentId);
        try
        {
            var interactionId = await stack.Control.InjectCallAsync(ani, user: agentId);
            var key = await agent.QueueKeyOfAsync(interactionId);

            var view = await stack.WaitForAsync(key, v => v.ScreenPop is not null, "the screen-pop decision");

            Assert.Equal((kind, name, ani), (view.ScreenPop!.Kind, view.ScreenPop.RecordName, view.ScreenPop.SearchedNumber));
            Assert.NotNull(view.ScreenPop.Url);
        }
        finally
        {
            await agent.LogOutAsync();
        }
    }
}
