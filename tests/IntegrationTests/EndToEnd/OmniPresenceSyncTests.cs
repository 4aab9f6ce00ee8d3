using System.Net.Http.Json;
using System.Text.Json;
using PureConnect.Grains.Agents;
using PureConnect.Grains.Agents.Presence;
using PureConnect.IntegrationTests.Infrastructure;

namespace PureConnect.IntegrationTests.EndToEnd;

/// <summary>
/// Omni-Channel presence sync through the real processes: the Salesforce simulator's agent console changes presence, CrmProjector reads
/// it from the org (no browser), the agent's grain sets the mapped CIC status on CIC, and the ingest brings it back; the other way, a
/// CIC status becomes a request the console applies and confirms.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class OmniPresenceSyncTests(StackFixture stack)
{
    private readonly HttpClient _org = new() { BaseAddress = stack.SalesforceUri };

    private async Task<string> SalesforceUserForAsync(string agentId)
    {
        var response = await _org.PostAsJsonAsync("/control/users", new { userName = $"{agentId}@org.example", federationIdentifier = agentId });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private async Task<string> SetPresenceInConsoleAsync(string salesforceUserId, string status)
    {
        var response = await _org.PostAsJsonAsync($"/console/{salesforceUserId}/omni/status", new { statusId = status });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("statusId").GetString()!;
    }

    [Fact]
    public async Task A_presence_chosen_in_the_Omni_console_sets_the_mapped_CIC_status_with_no_browser_and_does_not_bounce_back()
    {
        var agentId = stack.TakeAgent();
        var agent = await stack.LogInAvailableAsync(agentId);
        try
        {
            var user = await SalesforceUserForAsync(agentId);

            var omniAvailable = await SetPresenceInConsoleAsync(user, "Available");

            var view = await Eventually.MatchesAsync(agent.GetViewAsync, v => v.StatusId == "Do Not Disturb", TimeSpan.FromSeconds(90),
                "the mapped CIC status to come back from CIC");
            var sync = await Eventually.MatchesAsync(agent.GetPresenceSyncAsync, s => OmniIds.Same(s.OmniStatusId, omniAvailable), TimeSpan.FromSeconds(30),
                "the grain to know Omni's presence");
            Assert.True(sync.Enabled);
            // The CIC change the sync caused is not carried back to Omni: nothing waits for the console.
            Assert.Null(sync.PendingRequestId);
            Assert.Equal("Do Not Disturb", view.StatusId);
        }
        finally
        {
            await agent.LogOutAsync(); // an agent left Available takes other tests' workgroup calls
        }
    }

    [Fact]
    public async Task A_status_with_a_one_way_map_from_Omni_is_set_and_leaving_it_in_Omni_sets_the_next_mapped_status()
    {
        var agentId = stack.TakeAgent();
        var agent = await stack.LogInAvailableAsync(agentId);
        try
        {
            var user = await SalesforceUserForAsync(agentId);

            await SetPresenceInConsoleAsync(user, "Away");
            await Eventually.MatchesAsync(agent.GetViewAsync, v => v.StatusId == "Gone Home", TimeSpan.FromSeconds(90), "Away → Gone Home");
            await SetPresenceInConsoleAsync(user, "Busy");
            await Eventually.MatchesAsync(agent.GetViewAsync, v => v.StatusId == "Available", TimeSpan.FromSeconds(90), "Busy → Available");
        }
        finally
        {
            await agent.LogOutAsync(); // an agent left Available takes other tests' workgroup calls
        }
    }

    [Fact]
    public async Task A_CIC_status_becomes_a_request_for_the_console_and_its_confirmation_ends_it_without_a_loop()
    {
        var agentId = stack.TakeAgent();
        var agent = await stack.LogInAvailableAsync(agentId);
        try
        {
            var user = await SalesforceUserForAsync(agentId);
            var busy = await SetPresenceInConsoleAsync(user, "Busy");
            await Eventually.MatchesAsync(agent.GetPresenceSyncAsync, s => OmniIds.Same(s.OmniStatusId, busy), TimeSpan.FromSeconds(60), "Busy seen");

            Assert.True((await agent.ChangeStatusAsync(new ChangeStatus("Do Not Disturb"))).Succeeded);
            var pending = await Eventually.MatchesAsync(agent.GetPresenceSyncAsync, s => s.PendingRequestId is not null, TimeSpan.FromSeconds(60),
                "a presence request for the console");

            // The console applies it through the toolkit and confirms.
            var applied = await SetPresenceInConsoleAsync(user, pending.PendingOmniStatusId!);
            var confirmed = await agent.ConfirmOmniPresenceAsync(pending.PendingRequestId!, new OmniPresenceObservation(applied, DateTimeOffset.UtcNow));

            Assert.True(confirmed.Succeeded, confirmed.Message);
            var done = await agent.GetPresenceSyncAsync();
            Assert.Null(done.PendingRequestId);
            Assert.True(OmniIds.Same(applied, done.OmniStatusId));
            // The projector then reads the same presence from the org: still no request, and CIC keeps the agent's choice.
            await Task.Delay(TimeSpan.FromSeconds(2));
            Assert.Null((await agent.GetPresenceSyncAsync()).PendingRequestId);
            Assert.Equal("Do Not Disturb", (await agent.GetViewAsync()).StatusId);
            Assert.Equal("presence.staleRequest", (await agent.ConfirmOmniPresenceAsync(pending.PendingRequestId!, new OmniPresenceObservation(applied, DateTimeOffset.UtcNow))).ErrorCode);
        }
        finally
        {
            await agent.LogOutAsync(); // an agent left Available takes other tests' workgroup calls
        }
    }

    [Fact]
    public async Task Logging_out_of_Omni_sets_the_CIC_status_the_map_names_for_Offline()
    {
        var agentId = stack.TakeAgent();
        var agent = await stack.LogInAvailableAsync(agentId);
        try
        {
            var user = await SalesforceUserForAsync(agentId);
            var busy = await SetPresenceInConsoleAsync(user, "Busy");
            await Eventually.MatchesAsync(agent.GetPresenceSyncAsync, s => OmniIds.Same(s.OmniStatusId, busy), TimeSpan.FromSeconds(60), "Busy seen");

            (await _org.PostAsync($"/console/{user}/omni/logout", null)).EnsureSuccessStatusCode();

            await Eventually.MatchesAsync(agent.GetViewAsync, v => v.StatusId == "Gone Home", TimeSpan.FromSeconds(90), "Offline → Gone Home");
            var sync = await agent.GetPresenceSyncAsync();
            Assert.Equal(OmniIds.Offline, sync.OmniStatusId);
            Assert.Null(sync.PendingRequestId);
        }
        finally
        {
            await agent.LogOutAsync();
        }
    }

    [Fact]
    public async Task At_log_in_the_agents_CIC_status_is_requested_in_Omni_as_its_map_says()
    {
        var agentId = stack.TakeAgent();
        var agent = stack.Grains.GetGrain<IAgentGrain>(agentId);
        try
        {
            await SalesforceUserForAsync(agentId);
            await Eventually.MatchesAsync(agent.GetViewAsync, v => v.StatusId == "Available", TimeSpan.FromSeconds(60), "the agent's CIC status from the ingest");

            var login = await agent.LogInAsync(new LogIn(StackFixture.Password, StationSelection.Workstation(StackFixture.StationOf(agentId))));

            Assert.True(login.Succeeded, login.Message);
            var sync = await agent.GetPresenceSyncAsync();
            Assert.NotNull(sync.PendingRequestId);
            Assert.True(OmniIds.Same(await OmniStatusIdAsync("Busy"), sync.PendingOmniStatusId), $"requested {sync.PendingOmniStatusId}");
        }
        finally
        {
            await agent.LogOutAsync();
        }
    }

    [Fact]
    public async Task A_presence_chosen_in_Omni_while_the_agent_was_logged_out_sets_the_mapped_CIC_status_at_log_in()
    {
        var agentId = stack.TakeAgent();
        var agent = stack.Grains.GetGrain<IAgentGrain>(agentId);
        try
        {
            var user = await SalesforceUserForAsync(agentId);
            await Eventually.MatchesAsync(agent.GetViewAsync, v => v.StatusId == "Available", TimeSpan.FromSeconds(60), "the agent's CIC status from the ingest");
            var omniAvailable = await SetPresenceInConsoleAsync(user, "Available");
            await Eventually.MatchesAsync(agent.GetPresenceSyncAsync, s => OmniIds.Same(s.OmniStatusId, omniAvailable), TimeSpan.FromSeconds(60),
                "the grain to see the presence while the agent has no session");

            var login = await agent.LogInAsync(new LogIn(StackFixture.Password, StationSelection.Workstation(StackFixture.StationOf(agentId))));

            Assert.True(login.Succeeded, login.Message);
            await Eventually.MatchesAsync(agent.GetViewAsync, v => v.StatusId == "Do Not Disturb", TimeSpan.FromSeconds(90),
                "the mapped CIC status set when the session started");
            Assert.Null((await agent.GetPresenceSyncAsync()).PendingRequestId); // not carried back to Omni
        }
        finally
        {
            await agent.LogOutAsync();
        }
    }

    private async Task<string> OmniStatusIdAsync(string developerName) =>
        (await _org.GetFromJsonAsync<List<JsonElement>>("/control/presence-statuses"))!
            .Single(s => s.GetProperty("developerName").GetString() == developerName).GetProperty("id").GetString()!;

    [Fact]
    public async Task Presence_changes_arrive_as_change_events_and_without_them_the_reads_take_over()
    {
        var agentId = stack.TakeAgent();
        var agent = await stack.LogInAvailableAsync(agentId);
        try
        {
            var user = await SalesforceUserForAsync(agentId);
            // Every read of the presences fails: the change can only come as a change event.
            (await _org.PostAsJsonAsync("/control/faults", new { kind = "ServerError", count = 100_000, pathContains = "UserServicePresence" }))
                .EnsureSuccessStatusCode();
            await SetPresenceInConsoleAsync(user, "Available");
            await Eventually.MatchesAsync(agent.GetViewAsync, v => v.StatusId == "Do Not Disturb", TimeSpan.FromSeconds(90), "Available → Do Not Disturb");
            (await _org.DeleteAsync("/control/faults")).EnsureSuccessStatusCode();

            // Without change events, the reads carry the next change.
            (await _org.PutAsJsonAsync("/control/streaming", new { enabled = false })).EnsureSuccessStatusCode();
            await SetPresenceInConsoleAsync(user, "Busy");

            await Eventually.MatchesAsync(agent.GetViewAsync, v => v.StatusId == "Available", TimeSpan.FromSeconds(120),
                "Busy → Available through the reads of the presences");
        }
        finally
        {
            (await _org.DeleteAsync("/control/faults")).EnsureSuccessStatusCode();
            (await _org.PutAsJsonAsync("/control/streaming", new { enabled = true })).EnsureSuccessStatusCode();
            await agent.LogOutAsync();
        }
    }

    [Fact]
    public async Task UserServicePresence_is_read_only_over_REST_as_in_a_real_org()
    {
        using var rest = new HttpClient { BaseAddress = stack.SalesforceUri };
        var token = await rest.PostAsync("/services/oauth2/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "PureConnectSimulatorClient",
            ["client_secret"] = "simulator-secret",
        }));
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
        rest.DefaultRequestHeaders.Authorization = new("Bearer", accessToken);

        var create = await rest.PostAsJsonAsync("/services/data/v62.0/sobjects/UserServicePresence", new { UserId = "005SIM", ServicePresenceStatusId = "0N5SIM" });
        var query = await rest.GetAsync("/services/data/v62.0/query?q=" + Uri.EscapeDataString("SELECT Id, DeveloperName FROM ServicePresenceStatus"));

        Assert.Equal(400, (int)create.StatusCode);
        Assert.Contains("INVALID_TYPE_FOR_OPERATION", await create.Content.ReadAsStringAsync());
        Assert.True(query.IsSuccessStatusCode);
        Assert.Contains("\"DeveloperName\":\"Available\"", await query.Content.ReadAsStringAsync());
    }
}
