using PureConnect.Salesforce.Http;

namespace PureConnect.Salesforce.UnitTests.Client;

public sealed class ErrorMapperTests
{
    [Fact]
    public void Request_limit_exceeded_is_a_limit_exception_carrying_the_usage()
    {
        var error = ErrorMapper.Map(new SalesforceResponse(403, """[{"message":"TotalRequests Limit exceeded.","errorCode":"REQUEST_LIMIT_EXCEEDED"}]""", new ApiUsage(15000, 15000)), "op");

        var limit = Assert.IsType<SalesforceLimitExceededException>(error);
        Assert.Equal(new ApiUsage(15000, 15000), limit.Usage);
    }

    [Theory]
    [InlineData(400, """[{"message":"unable to obtain exclusive access to this record","errorCode":"UNABLE_TO_LOCK_ROW"}]""")]
    [InlineData(503, """[{"message":"Server temporarily unavailable","errorCode":"SERVER_UNAVAILABLE"}]""")]
    [InlineData(502, "<html>Bad gateway</html>")]
    public void Row_locks_and_server_errors_are_transient(int status, string body) =>
        Assert.IsType<SalesforceTransientException>(ErrorMapper.Map(new SalesforceResponse(status, body, null), "op"));

    [Fact]
    public void Other_errors_carry_status_code_and_fields()
    {
        var error = ErrorMapper.Map(new SalesforceResponse(400, """[{"message":"Subject: data value too large","errorCode":"STRING_TOO_LONG","fields":["Subject"]}]""", null), "Task create");

        var api = Assert.IsType<SalesforceApiException>(error);
        Assert.Equal((400, "STRING_TOO_LONG"), (api.StatusCode, api.ErrorCode));
        Assert.Equal(["Subject"], api.Fields);
        Assert.Contains("Task create", api.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_403_that_is_not_the_limit_is_an_api_error() =>
        Assert.IsType<SalesforceApiException>(ErrorMapper.Map(new SalesforceResponse(403, """[{"message":"no access","errorCode":"INSUFFICIENT_ACCESS"}]""", null), "op"));
}
