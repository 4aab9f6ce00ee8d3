using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PureConnect.Simulators.CicServer.Options;
using PureConnect.Simulators.CicServer.UnitTests.Support;

namespace PureConnect.Simulators.CicServer.UnitTests.Http;

public sealed class ResponseManagementHttpTests(SimulatorHost host) : IClassFixture<SimulatorHost>
{
    private const string MessageType = "urn:inin.com:responseManagement:responseManagementMessage";

    [Fact]
    public async Task The_subscription_hands_out_only_the_libraries_the_user_may_view_plus_the_personal_one()
    {
        var sales = await IcwsSession.LogInAsync(host.Http, "agent1", "1234");
        var handles = await SubscribeAsync(sales);

        Assert.Equal(["General", "Sales", "agent1"], handles.Select(h => h.GetProperty("name").GetString()));
        var general = await DownloadAsync(sales, handles[0]);
        var greetings = general.GetProperty("categories")[0];
        Assert.Equal("Greetings", greetings.GetProperty("name").GetString());
        var hello = greetings.GetProperty("items")[0];
        Assert.Equal(("hi", 0), (hello.GetProperty("shortcut").GetString(), hello.GetProperty("type").GetInt32()));
        Assert.Contains("[Attribute:Eic_RemoteName]", hello.GetProperty("value").GetString());
        Assert.Equal(1, general.GetProperty("items")[0].GetProperty("type").GetInt32());
        Assert.False(general.TryGetProperty("users", out _));

        var support = await IcwsSession.LogInAsync(host.Http, "agent7", "1234");
        var supportHandles = await SubscribeAsync(support);
        Assert.Equal(["General", "Support", "agent7"], supportHandles.Select(h => h.GetProperty("name").GetString()));
        using var forbidden = await support.SendAsync(HttpMethod.Get, handles[1].GetProperty("url").GetString()!);
        Assert.Equal(HttpStatusCode.NotFound, forbidden.StatusCode);
        Assert.Equal("error.request.responseManagement.libraryNotFound", (await forbidden.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errorId").GetString());
    }

    [Fact]
    public async Task A_saved_personal_library_is_served_back_and_other_sessions_of_the_user_hear_of_the_change()
    {
        var (userId, _, _) = await IcwsSession.CreateAgentAsync(host.Http);
        var first = await IcwsSession.LogInAsync(host.Http, userId, "pw");
        var second = await IcwsSession.LogInAsync(host.Http, userId, "pw");
        var personal = (await SubscribeAsync(first)).Single(h => h.GetProperty("name").GetString() == userId);
        await SubscribeAsync(second);
        Assert.Empty((await DownloadAsync(first, personal)).GetProperty("items").EnumerateArray());

        var library = PersonalLibrary(personal.GetProperty("id").GetString()!, userId, type: 0);
        using var saved = await first.SendAsync(HttpMethod.Put, "response-management", library);
        Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);

        var served = await DownloadAsync(first, personal);
        var item = served.GetProperty("categories")[0].GetProperty("items")[0];
        Assert.Equal(("Thanks", "ty", "Thank you, [Attribute:Eic_RemoteName]!"),
            (item.GetProperty("name").GetString(), item.GetProperty("shortcut").GetString(), item.GetProperty("value").GetString()));
        var changed = (await MessagesAsync(second)).Single();
        Assert.True(changed.GetProperty("isDelta").GetBoolean());
        Assert.NotEqual(personal.GetProperty("cacheTag").GetString(), changed.GetProperty("librariesChanged")[0].GetProperty("cacheTag").GetString());
    }

    [Fact]
    public async Task A_personal_library_with_a_bad_name_type_duplicate_id_or_no_json_is_400_and_nothing_changes()
    {
        var (userId, _, _) = await IcwsSession.CreateAgentAsync(host.Http);
        var session = await IcwsSession.LogInAsync(host.Http, userId, "pw");
        var personal = (await SubscribeAsync(session)).Single(h => h.GetProperty("name").GetString() == userId);
        var id = personal.GetProperty("id").GetString()!;

        object[] bad =
        [
            PersonalLibrary(id, "someone-else", type: 0),
            PersonalLibrary(id, userId, type: 7),
            PersonalLibrary(Guid.NewGuid().ToString(), userId, type: 0),
            new { id, name = userId, items = new[] { new { id = "x", name = "A", type = 0, value = "a" }, new { id = "x", name = "B", type = 0, value = "b" } } },
            new { id, name = userId, items = new[] { new { id = "y", name = "Empty", type = 0, value = "" } } },
        ];
        foreach (var body in bad)
        {
            using var refused = await session.SendAsync(HttpMethod.Put, "response-management", body);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal("error.request.responseManagement.invalidLibrary", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errorId").GetString());
        }

        using (var request = session.Request(HttpMethod.Put, "response-management"))
        {
            request.Content = new StringContent("{not json", System.Text.Encoding.UTF8, "application/json");
            using var malformed = await host.Http.SendAsync(request);
            Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        }

        Assert.Empty((await DownloadAsync(session, personal)).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task A_user_without_the_response_management_right_is_403()
    {
        var restricted = new SimulatorHost(o =>
            o.Users = [new UserSeed { UserId = "norights", Password = "pw", HasResponseManagementRight = false }, new UserSeed { UserId = "rights", Password = "pw" }]);
        await restricted.InitializeAsync();
        try
        {
            var session = await IcwsSession.LogInAsync(restricted.Http, "norights", "pw");

            using var refused = await session.SendAsync(HttpMethod.Put, "messaging/subscriptions/response-management");

            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            var allowed = await IcwsSession.LogInAsync(restricted.Http, "rights", "pw");
            Assert.Equal(["General", "rights"], (await SubscribeAsync(allowed)).Select(h => h.GetProperty("name").GetString()));
        }
        finally
        {
            await restricted.DisposeAsync();
        }
    }

    private static object PersonalLibrary(string id, string name, int type) => new
    {
        id,
        name,
        categories = new[]
        {
            new
            {
                id = "c1",
                name = "Thanks",
                items = new[] { new { id = "i1", name = "Thanks", type, shortcut = "ty", keywords = new[] { "thanks" }, value = "Thank you, [Attribute:Eic_RemoteName]!" } },
            },
        },
        unknownField = 42,
    };

    private static async Task<List<JsonElement>> SubscribeAsync(IcwsSession session)
    {
        using var subscribed = await session.SendAsync(HttpMethod.Put, "messaging/subscriptions/response-management");
        Assert.Equal(HttpStatusCode.OK, subscribed.StatusCode);
        var message = (await MessagesAsync(session)).Single();
        Assert.False(message.GetProperty("isDelta").GetBoolean());
        return [.. message.GetProperty("librariesAdded").EnumerateArray()];
    }

    private static async Task<JsonElement> DownloadAsync(IcwsSession session, JsonElement handle)
    {
        using var response = await session.SendAsync(HttpMethod.Get, handle.GetProperty("url").GetString()!);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<List<JsonElement>> MessagesAsync(IcwsSession session)
    {
        using var poll = await session.SendAsync(HttpMethod.Get, "messaging/messages", csrf: false);
        return [.. (await poll.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Where(m => m.GetProperty("__type").GetString() == MessageType)];
    }
}
