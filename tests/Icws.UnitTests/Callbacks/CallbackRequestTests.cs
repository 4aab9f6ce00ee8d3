using System.Text.Json;
using PureConnect.Icws.UnitTests.Harness;

namespace PureConnect.Icws.UnitTests.Callbacks;

public sealed class CallbackRequestTests
{
    [Fact]
    public async Task Calling_a_callback_number_posts_the_response_call_parameters_and_returns_the_new_call()
    {
        await using var server = await FakeIcwsServer.StartAsync();
        server.On("POST", "interactions", 201, """{"interactionId":"1002"}""");
        await using var session = await IcwsTestClient.ConnectAsync(server);

        var callId = await session.CallCallbackNumberAsync("1001", "+13175550150");

        Assert.Equal("1002", callId);
        using var body = JsonDocument.Parse(server.SessionRequests().Single(r => r.Method == "POST" && r.Path.EndsWith("/interactions", StringComparison.Ordinal)).Body);
        Assert.Equal("urn:inin.com:interactions.callback:createCallbackResponseCallParameters", body.RootElement.GetProperty("__type").GetString());
        Assert.Equal("1001", body.RootElement.GetProperty("parentInteractionId").GetString());
        Assert.Equal("+13175550150", body.RootElement.GetProperty("target").GetString());
        Assert.False(body.RootElement.TryGetProperty("workgroup", out _));
    }

    [Theory]
    [InlineData(CallbackDisposition.Success, 200)]
    [InlineData(CallbackDisposition.Failure, 204)]
    [InlineData(CallbackDisposition.Retry, 202)]
    public async Task A_disposition_puts_its_number_and_takes_any_2xx_as_success(CallbackDisposition disposition, int status)
    {
        await using var server = await FakeIcwsServer.StartAsync();
        server.On("PUT", "interactions/1001/callback/disposition", status);
        await using var session = await IcwsTestClient.ConnectAsync(server);

        await session.DispositionCallbackAsync("1001", disposition);

        var request = server.SessionRequests().Single(r => r.Method == "PUT");
        Assert.Equal($$"""{"disposition":{{(int)disposition}}}""", request.Body);
    }
}
