using PureConnect.Icws.Messages;

namespace PureConnect.Icws.UnitTests.Status;

public sealed class StatusChangeOutcomeTests
{
    [Fact]
    public void An_async_completion_with_an_error_is_a_failure_with_its_id_and_message()
    {
        var completion = new AsyncOperationCompletedMessage("17", new IcwsAsyncError("error.status.changeFailed", "Status service unavailable"));

        var outcome = StatusChangeOutcome.Judge("Gone Home", completion, "Available", deadlinePassed: false);

        Assert.Equal(new StatusChangeOutcome(StatusChangeOutcomeKind.Failed, "error.status.changeFailed", "Status service unavailable"), outcome);
    }

    [Fact]
    public void An_async_completion_without_an_error_is_applied()
    {
        var outcome = StatusChangeOutcome.Judge("Gone Home", new AsyncOperationCompletedMessage("17", null), "Available", deadlinePassed: false);

        Assert.Equal(StatusChangeOutcomeKind.Applied, outcome.Kind);
    }

    [Fact]
    public void Without_a_completion_the_requested_status_showing_is_applied_in_any_case()
    {
        Assert.Equal(StatusChangeOutcomeKind.Applied, StatusChangeOutcome.Judge("Gone Home", null, "gone home", deadlinePassed: false).Kind);
    }

    [Fact]
    public void Without_a_completion_or_the_status_it_waits_until_the_deadline_then_is_unknown()
    {
        Assert.Equal(StatusChangeOutcomeKind.Pending, StatusChangeOutcome.Judge("Gone Home", null, "Available", deadlinePassed: false).Kind);
        Assert.Equal(StatusChangeOutcomeKind.Pending, StatusChangeOutcome.Judge("Gone Home", null, null, deadlinePassed: false).Kind);
        Assert.Equal(StatusChangeOutcomeKind.Unknown, StatusChangeOutcome.Judge("Gone Home", null, "Available", deadlinePassed: true).Kind);
    }

    [Fact]
    public void The_parser_reads_an_async_completion_with_a_numeric_request_id_and_its_error()
    {
        const string json = """
            {"__type":"urn:inin.com:messaging:asyncOperationCompletedMessage","isDelta":true,"requestId":42,
             "error":{"errorId":"error.status.changeFailed","message":"Status service unavailable"}}
            """;

        var message = Assert.IsType<AsyncOperationCompletedMessage>(IcwsMessageParser.Parse(json));

        Assert.Equal("42", message.RequestId);
        Assert.Equal(new IcwsAsyncError("error.status.changeFailed", "Status service unavailable"), message.Error);
        var succeeded = Assert.IsType<AsyncOperationCompletedMessage>(IcwsMessageParser.Parse(
            """{"__type":"urn:inin.com:messaging:asyncOperationCompletedMessage","requestId":"43","error":null}"""));
        Assert.Null(succeeded.Error);
    }
}
