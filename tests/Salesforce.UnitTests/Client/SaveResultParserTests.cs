using System.Text.Json;
using PureConnect.Salesforce.Json;

namespace PureConnect.Salesforce.UnitTests.Client;

public sealed class SaveResultParserTests
{
    [Fact]
    public void A_collection_result_has_one_item_per_record_in_order_with_successes_and_failures()
    {
        var results = SaveResultParser.ParseMany("""
            [ {"success":false,"errors":[{"statusCode":"STRING_TOO_LONG","message":"Subject: data value too large","fields":["Subject"]}]},
              {"id":"00T000000000001AAA","success":true,"errors":[],"created":true},
              {"id":"00T000000000002AAA","success":true,"errors":[],"created":false} ]
            """);

        Assert.Equal(3, results.Count);
        Assert.False(results[0].Success);
        Assert.Null(results[0].Id);
        Assert.Equal("STRING_TOO_LONG", Assert.Single(results[0].Errors).ErrorCode);
        Assert.Equal(["Subject"], results[0].Errors[0].Fields);
        Assert.Equal(("00T000000000001AAA", true, (bool?)true), (results[1].Id, results[1].Success, results[1].Created));
        Assert.Equal(false, results[2].Created);
    }

    [Fact]
    public void A_plain_create_has_no_created_flag()
    {
        var result = SaveResultParser.ParseOne("""{"id":"00T000000000001AAA","success":true,"errors":[]}""");

        Assert.True(result.Success);
        Assert.Null(result.Created);
    }

    [Fact]
    public void An_item_failed_only_by_row_locks_is_retryable_and_others_are_not()
    {
        var results = SaveResultParser.ParseMany("""
            [ {"success":false,"errors":[{"statusCode":"UNABLE_TO_LOCK_ROW","message":"unable to obtain exclusive access","fields":[]}]},
              {"success":false,"errors":[{"statusCode":"ENTITY_IS_DELETED","message":"entity is deleted","fields":[]}]},
              {"id":"00T000000000001AAA","success":true,"errors":[]} ]
            """);

        Assert.Equal([true, false, false], results.Select(result => result.IsRetryable));
    }

    [Fact]
    public void A_300_answer_lists_record_urls_or_records()
    {
        Assert.Equal(["/services/data/v62.0/sobjects/Task/00T1", "00T2"],
            SaveResultParser.ParseMatches("""["/services/data/v62.0/sobjects/Task/00T1", {"Id":"00T2"}]"""));
        Assert.Empty(SaveResultParser.ParseMatches("not json"));
    }

    [Fact]
    public void A_collection_result_that_is_not_an_array_is_refused() =>
        Assert.Throws<JsonException>(() => SaveResultParser.ParseMany("""{"id":"x"}"""));
}
