using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PureConnect.IntegrationTests.Infrastructure;

namespace PureConnect.IntegrationTests.Dialer;

/// <summary>Issue "Interaction Dialer", Salesforce: the campaign call's Task carries the disposition as Call Result, the
/// campaign in its Subject (the default field mapping) and a scheduled callback as its reminder.</summary>
[Collection(StackCollection.Name)]
public sealed class DialerSalesforceTests(StackFixture stack)
{
    [Fact]
    public async Task A_dispositioned_campaign_call_with_a_callback_becomes_a_Task_with_Call_Result_campaign_and_reminder()
    {
        await using var agent = await DialerAgent.StartAsync(stack, c => c["autoDisconnectOnDisposition"] = true);
        await agent.NextCallAsync();
        var linked = await agent.WaitForAsync(d => d.GetProperty("call").GetProperty("key").ValueKind == JsonValueKind.String, "the call on the queue");
        var key = linked.GetProperty("call").GetProperty("key").GetString()!;
        await stack.Control.PostJsonAsync($"/control/dialer/campaigns/{agent.CampaignId}/pace", new { secondsBetweenCalls = 3600 });
        var callback = DateTimeOffset.UtcNow.AddHours(2);

        (await agent.DispositionAsync(new { label = "Schedule a Callback", callbackAt = callback.ToString("yyyy-MM-ddTHH:mm:sszzz"), callbackTo = "Anyone" }))
            .ShouldBe(HttpStatusCode.OK);

        var interaction = (await Eventually.MatchesAsync(() => agent.Api.GetAsync("/api/me/interactions"),
            a => a.Json.EnumerateArray().Any(i => i.GetProperty("key").GetString() == key
                && i.GetProperty("dialer") is { ValueKind: JsonValueKind.Object } d && d.GetProperty("disposition").GetString() == "Schedule a Callback"),
            because: "the interaction to record the disposition")).Json.EnumerateArray().Single(i => i.GetProperty("key").GetString() == key);
        Assert.Equal($"Campaign of {agent.AgentId}", interaction.GetProperty("dialer").GetProperty("campaignName").GetString());

        var task = (await Eventually.MatchesAsync(() => TasksAsync(key),
            t => t.Count == 1 && Text(t[0], "CallDisposition") == "Schedule a Callback" && Text(t[0], "Status") == "Completed",
            because: "the Task to carry the disposition")).Single();
        Assert.Equal($"Campaign of {agent.AgentId}: ", Text(task, "Subject")![..($"Campaign of {agent.AgentId}: ".Length)]);
        Assert.Equal("Outbound", Text(task, "CallType"));
        Assert.True(task.GetProperty("IsReminderSet").GetBoolean());
        Assert.Equal(callback.ToUnixTimeSeconds(), DateTimeOffset.Parse(Text(task, "ReminderDateTime")!, System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeSeconds());
    }

    private static string? Text(JsonElement task, string field) =>
        task.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private async Task<List<JsonElement>> TasksAsync(string key)
    {
        using var http = new HttpClient { BaseAddress = stack.SalesforceUri };
        return await http.GetFromJsonAsync<List<JsonElement>>($"/control/tasks?externalId={Uri.EscapeDataString(key)}") ?? [];
    }
}
