using System.Text.Json.Nodes;
using PureConnect.Salesforce.Composite;
using PureConnect.Salesforce.Search;

namespace PureConnect.Salesforce.UnitTests.Client;

public sealed class ResponseParsingTests
{
    [Fact]
    public void Search_records_are_read_from_the_searchRecords_wrapper_and_from_a_bare_array()
    {
        const string Record = """{"attributes":{"type":"Contact","url":"/services/data/v62.0/sobjects/Contact/003A"},"Id":"003A","Name":"Ada","Phone":"(317) 555-0101"}""";

        var wrapped = SearchResultParser.Parse($$"""{"searchRecords":[{{Record}}]}""");
        var bare = SearchResultParser.Parse($"[{Record}]");

        Assert.Equal([new PhoneSearchMatch("Contact", "003A", "Ada", "(317) 555-0101")], wrapped);
        Assert.Equal(wrapped, bare);
    }

    [Fact]
    public void A_composite_request_expands_relative_urls_below_the_data_root()
    {
        var body = CompositeJson.Write(
            [new CompositeSubrequest("POST", "sobjects/Task", "newTask", new JsonObject { ["Subject"] = "s" }),
             new CompositeSubrequest("GET", "/services/data/v62.0/sobjects/Task/@{newTask.id}", "read")],
            allOrNone: false, "/services/data/v62.0/");

        Assert.Equal(
            """{"allOrNone":false,"compositeRequest":[{"method":"POST","url":"/services/data/v62.0/sobjects/Task","referenceId":"newTask","body":{"Subject":"s"}},{"method":"GET","url":"/services/data/v62.0/sobjects/Task/@{newTask.id}","referenceId":"read"}]}""",
            body.ToJsonString());
    }

    [Fact]
    public void A_composite_result_gives_each_subrequest_its_status_id_headers_and_errors()
    {
        var results = CompositeJson.Parse("""
            {"compositeResponse":[
              {"body":{"id":"00T1","success":true,"errors":[]},"httpHeaders":{"Location":"/services/data/v62.0/sobjects/Task/00T1"},"httpStatusCode":201,"referenceId":"newTask"},
              {"body":[{"message":"Call Type: bad value for restricted picklist field: X","errorCode":"INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST","fields":["CallType"]}],"httpHeaders":{},"httpStatusCode":400,"referenceId":"bad"},
              {"body":null,"httpHeaders":{},"httpStatusCode":204,"referenceId":"update"}]}
            """);

        Assert.Equal(["newTask", "bad", "update"], results.Select(result => result.ReferenceId));
        Assert.Equal([201, 400, 204], results.Select(result => result.HttpStatusCode));
        Assert.Equal("00T1", results[0].Id);
        Assert.Equal("/services/data/v62.0/sobjects/Task/00T1", results[0].HttpHeaders["location"]);
        Assert.Empty(results[0].Errors);
        Assert.Equal("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", Assert.Single(results[1].Errors).ErrorCode);
        Assert.True(results[2].IsSuccess);
        Assert.Null(results[2].Body);
    }
}
