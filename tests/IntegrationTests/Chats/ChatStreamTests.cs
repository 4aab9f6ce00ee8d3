using System.Collections.Concurrent;
using System.Net;
using Orleans.Runtime;
using Orleans.Streams;
using PureConnect.Grains.Agents;
using PureConnect.Grains.Interactions;
using PureConnect.Grains.Interactions.Chats;
using PureConnect.IntegrationTests.Calls;
using PureConnect.IntegrationTests.Infrastructure;
using static PureConnect.IntegrationTests.Calls.CallDesk;

namespace PureConnect.IntegrationTests.Chats;

/// <summary>A chat's typing changes and texts reach the agent's update stream as light updates: members, typing and unread, without the
/// transcript, which the agent reads from the interaction when showing the chat.</summary>
[Collection(StackCollection.Name)]
public sealed class ChatStreamTests(StackFixture stack)
{
    [Fact]
    public async Task Typing_and_texts_reach_the_agents_stream_without_the_transcript()
    {
        var agentId = stack.TakeAgent();
        var workgroup = $"ItChatSt{Guid.NewGuid():N}"[..18];
        await stack.Control.PostJsonAsync("/control/workgroups", new { name = workgroup, members = new[] { agentId } });
        var updates = new ConcurrentQueue<InteractionView>();
        var stream = stack.Cluster.GetStreamProvider(AgentUpdateStreams.Provider)
            .GetStream<AgentUpdate>(StreamId.Create(AgentUpdateStreams.Namespace, agentId));
        var subscription = await stream.SubscribeAsync((update, _) =>
        {
            if (update.Interaction is { Chat: not null } chat)
            {
                updates.Enqueue(chat);
            }

            return Task.CompletedTask;
        });
        try
        {
            await using var desk = await CallDesk.OpenAsync(stack, agentId);
            var id = await stack.Control.StartChatAsync(workgroup, "Tess Typist", null, "First text");
            var key = Key(await desk.WaitForStatusAsync(id, "Alerting"));
            (await desk.PostAsync($"/api/me/interactions/{key}/pickup")).ShouldBe(HttpStatusCode.Accepted);
            await desk.WaitForStatusAsync(id, "Connected");

            await stack.Control.PostJsonAsync($"/control/chats/{id}/typing", new { typing = true });
            await Eventually.MatchesAsync(() => Task.FromResult(updates.ToList()),
                u => u.Any(v => v.Chat!.Members.Any(m => m.Party == ChatParty.Visitor && m.Typing)), TimeSpan.FromMinutes(2), "the visitor typing on the stream");
            await stack.Control.PostJsonAsync($"/control/chats/{id}/messages", new { text = "Second text" });
            await Eventually.MatchesAsync(() => Task.FromResult(updates.ToList()),
                u => u.Any(v => v.Chat!.Unread == 2), TimeSpan.FromMinutes(2), "the second text counted unread on the stream");

            Assert.All(updates, v => Assert.Empty(v.Chat!.Transcript));
            var chat = (await desk.Api.GetAsync($"/api/me/interactions/{key}/chat")).ShouldBe(HttpStatusCode.OK).Json;
            Assert.Equal(["First text", "Second text"], chat.GetProperty("transcript").EnumerateArray()
                .Where(e => e.GetProperty("party").GetString() == "Visitor").Select(e => e.GetProperty("text").GetString()));
        }
        finally
        {
            await subscription.UnsubscribeAsync();
        }
    }
}
