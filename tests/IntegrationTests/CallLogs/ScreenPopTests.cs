using System.Net.Http.Json;
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

    /// <summary>Issue 17: "screen pop for chats ... by the visitor's e-mail/name". The address has a '+' (an SOSL operator, escaped).</summary>
    [Theory]
    [InlineData("Vera Visitor", "vera.visitor+pop@example.com", "Record", "Vera V. (Contact)")]
    [InlineData("Quinn Nameonly", null, "Record", "Quinn Nameonly")]
    [InlineData("Nobody Known-Yet", null, "NewRecord", null)]
    public async Task A_web_chat_pops_the_record_of_the_visitor_s_e_mail_address_or_else_name(string visitor, string? email, string kind, string? record)
    {
        using var org = new HttpClient { BaseAddress = stack.SalesforceUri };
        (await org.PostAsJsonAsync("/control/records", new { type = "Contact", id = "0030000000Vera1", name = "Vera V. (Contact)", email = "Vera.Visitor+pop@example.com" })).EnsureSuccessStatusCode();
        (await org.PostAsJsonAsync("/control/records", new { type = "Lead", id = "00Q0000000Quinn", name = "Quinn Nameonly" })).EnsureSuccessStatusCode();
        var agentId = stack.TakeAgent();
        var workgroup = $"PopChat-{Guid.NewGuid():N}"[..16];
        await stack.Control.PostJsonAsync("/control/workgroups", new { name = workgroup, members = new[] { agentId } });
        var agent = await stack.LogInAvailableAsync(agentId);
        try
        {
            var chat = await stack.Control.StartChatAsync(workgroup, visitor, email, "Hello?");
            var key = await agent.QueueKeyOfAsync(chat);

            var view = await stack.WaitForAsync(key, v => v.ScreenPop is not null, "the chat's screen-pop decision");

            Assert.Equal((kind, record), (view.ScreenPop!.Kind, view.ScreenPop.RecordName));
            Assert.Equal(email ?? visitor, view.ScreenPop.SearchedNumber);
        }
        finally
        {
            await agent.LogOutAsync();
        }
    }
}
