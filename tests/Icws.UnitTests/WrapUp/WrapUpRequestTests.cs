using System.Text.Json;
using PureConnect.Icws.UnitTests.Harness;

namespace PureConnect.Icws.UnitTests.WrapUp;

public sealed class WrapUpRequestTests
{
    [Fact]
    public async Task A_workgroups_codes_time_limit_and_ambiguous_code_are_read_from_its_configuration()
    {
        await using var server = await FakeIcwsServer.StartAsync();
        server.On("GET", "configuration/workgroups/Sales", 200, """
            {"configurationId":{"id":"Sales","displayName":"Sales"},
             "wrapUpCodes":[{"id":"Sale","displayName":"Sale made"},{"id":"No Sale"}],
             "wrapUpClientTimeout":"45","ambiguousWrapUpCode":{"id":"Ambiguous","displayName":"Ambiguous"}}
            """);
        var session = await IcwsTestClient.ConnectAsync(server);

        var settings = await session.GetWorkgroupWrapUpAsync("Sales");

        Assert.Equal([new WrapUpCode("Sale", "Sale made"), new WrapUpCode("No Sale", "No Sale")], settings.Codes);
        Assert.Equal(TimeSpan.FromSeconds(45), settings.TimeLimit);
        Assert.Equal(new WrapUpCode("Ambiguous", "Ambiguous"), settings.AmbiguousCode);
        var request = server.SessionRequests().Single(r => r.Path.EndsWith("configuration/workgroups/Sales", StringComparison.Ordinal));
        Assert.Equal("?select=wrapUpCodes%2CwrapUpClientTimeout%2CambiguousWrapUpCode", request.Query);
    }

    [Fact]
    public async Task Configured_property_names_and_defaults_apply_when_the_server_names_them_differently()
    {
        await using var server = await FakeIcwsServer.StartAsync();
        server.On("GET", "configuration/workgroups/Support", 200, """{"codes":["Resolved"]}""");
        var session = await IcwsTestClient.ConnectAsync(server, options =>
        {
            options.WrapUp.Codes = "codes";
            options.WrapUp.DefaultTimeLimit = TimeSpan.FromSeconds(20);
        });

        var settings = await session.GetWorkgroupWrapUpAsync("Support");

        Assert.Equal([new WrapUpCode("Resolved", "Resolved")], settings.Codes);
        Assert.Equal(TimeSpan.FromSeconds(20), settings.TimeLimit);
        Assert.Equal("Ambiguous", settings.AmbiguousCode?.Id);
    }

    [Fact]
    public async Task The_code_catalogue_reads_configuration_ids_and_labels()
    {
        await using var server = await FakeIcwsServer.StartAsync();
        server.On("GET", "configuration/wrap-up-codes", 200, """
            {"items":[{"configurationId":{"id":"Sale","displayName":"Sale"}},{"configurationId":{"id":"X"},"label":{"en-US":"Ex"}}]}
            """);
        var session = await IcwsTestClient.ConnectAsync(server);

        var codes = await session.GetWrapUpCodesAsync();

        Assert.Equal([new WrapUpCode("Sale", "Sale"), new WrapUpCode("X", "Ex")], codes);
    }

    [Fact]
    public async Task An_assignment_posts_every_required_field()
    {
        await using var server = await FakeIcwsServer.StartAsync();
        server.On("POST", "interactions/1001/wrap-up-assignments", 200);
        var session = await IcwsTestClient.ConnectAsync(server);

        await session.AssignWrapUpAsync("1001", new WrapUpAssignment("Sale", 1, new DateTimeOffset(2024, 3, 12, 14, 15, 3, TimeSpan.Zero), "agent1", "1001"));

        var request = server.SessionRequests().Single(r => r.Path.EndsWith("wrap-up-assignments", StringComparison.Ordinal));
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("Sale", body.RootElement.GetProperty("code").GetString());
        Assert.Equal(1, body.RootElement.GetProperty("segmentId").GetInt32());
        Assert.Equal("20240312T141503Z", body.RootElement.GetProperty("time").GetString());
        Assert.Equal("agent1", body.RootElement.GetProperty("user").GetString());
        Assert.Equal("1001", body.RootElement.GetProperty("sourceInteractionId").GetString());
    }
}
