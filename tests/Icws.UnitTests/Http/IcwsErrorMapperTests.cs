using System.Net;
using System.Text;
using PureConnect.Icws.Http;

namespace PureConnect.Icws.UnitTests.Http;

public sealed class IcwsErrorMapperTests
{
    [Fact]
    public void A_refused_login_is_an_authentication_failure()
    {
        var error = Map(400, """{"errorId":"error.request.connection.authenticationFailure","message":"The authentication process failed.","errorCode":-2147221503}""", IcwsCallKind.Login);

        var auth = Assert.IsType<IcwsAuthenticationException>(error);
        Assert.Equal(400, auth.StatusCode);
        Assert.Equal("error.request.connection.authenticationFailure", auth.ErrorId);
        Assert.Contains("The authentication process failed.", auth.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_old_server_refusing_a_login_with_only_an_error_code_is_an_authentication_failure()
    {
        var error = Map(400, """{"message":"Bad user or password","errorCode":-2147221503}""", IcwsCallKind.Login);

        Assert.Equal("-2147221503", Assert.IsType<IcwsAuthenticationException>(error).ErrorId);
    }

    [Fact]
    public void A_login_400_naming_another_error_is_a_request_failure()
    {
        var error = Map(400, """{"errorId":"error.request.invalidRepresentation","message":"Missing Accept-Language."}""", IcwsCallKind.Login);

        Assert.Equal("Missing Accept-Language.", Assert.IsType<IcwsRequestException>(error).ServerMessage);
    }

    [Fact]
    public void A_503_on_login_lists_the_alternate_hosts()
    {
        var error = Map(503, """{"__type":"urn:inin.com:connection:alternateHosts","alternateHostList":["cic-b"," cic-c "],"message":"Backup server."}""", IcwsCallKind.Login);

        Assert.Equal(["cic-b", "cic-c"], Assert.IsType<IcwsSwitchoverException>(error).AlternateHosts);
    }

    [Theory]
    [InlineData(401)]
    [InlineData(410)]
    public void A_401_or_410_on_a_session_request_means_the_session_expired(int status)
    {
        var error = Map(status, """{"errorId":"error.request.session.invalid","message":"Invalid session.","errorCode":-2147221499}""", IcwsCallKind.Session);

        Assert.IsType<IcwsSessionExpiredException>(error);
        Assert.Equal(status, error.StatusCode);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(500)]
    [InlineData(503)]
    public void Other_statuses_on_a_session_request_are_request_failures(int status)
    {
        var error = Map(status, """{"errorId":"error.request.interaction.notFound","message":"No such interaction."}""", IcwsCallKind.Session);

        var request = Assert.IsType<IcwsRequestException>(error);
        Assert.Equal(status, request.StatusCode);
        Assert.Equal("error.request.interaction.notFound", request.ErrorId);
        Assert.Equal("No such interaction.", request.ServerMessage);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html>oops</html>")]
    [InlineData("[1]")]
    [InlineData("""{"errorCode":"x","message":null}""")]
    public void An_unreadable_error_body_falls_back_to_the_reason_phrase(string body)
    {
        var error = IcwsErrorMapper.Map(500, "Internal Server Error", body, IcwsCallKind.Session, "GET /icws/1/x");

        Assert.Contains("Internal Server Error", error.Message, StringComparison.Ordinal);
        Assert.Null(error.ErrorId);
    }

    [Fact]
    public void An_error_wrapped_in_an_error_property_is_read_too()
    {
        var error = Map(404, """{"error":{"errorId":"error.request.notFound","message":"Gone fishing."}}""", IcwsCallKind.Session);

        Assert.Equal("error.request.notFound", error.ErrorId);
        Assert.Contains("Gone fishing.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_mapper_reads_a_constructed_response_and_names_the_operation()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.Forbidden)
        {
            Content = new StringContent("""{"errorId":"error.request.accessDenied","message":"No right."}""", Encoding.UTF8, "application/vnd.inin.icws+json"),
            RequestMessage = new HttpRequestMessage(HttpMethod.Post, "http://cic:8018/icws/42/interactions/100/pickup"),
        };

        var error = await IcwsErrorMapper.MapAsync(response, IcwsCallKind.Session, CancellationToken.None);

        Assert.IsType<IcwsRequestException>(error);
        Assert.Equal(403, error.StatusCode);
        Assert.Contains("POST /icws/42/interactions/100/pickup", error.Message, StringComparison.Ordinal);
    }

    private static IcwsException Map(int status, string body, IcwsCallKind kind) =>
        IcwsErrorMapper.Map(status, "Reason", body, kind, "POST /icws/connection");
}
