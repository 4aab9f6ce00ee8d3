using PureConnect.Salesforce;
using PureConnect.Salesforce.Json;

namespace PureConnect.Salesforce.UnitTests.Client;

public sealed class ErrorParserTests
{
    [Fact]
    public void A_failed_request_is_a_top_level_array_of_errorCode_message_and_fields()
    {
        var errors = ErrorParser.Parse("""
            [ { "fields" : [ "Id" ], "message" : "Account ID: id value of incorrect type: 001900K0001pPuOAAU", "errorCode" : "MALFORMED_ID" },
              { "message" : "The requested resource does not exist", "errorCode" : "NOT_FOUND" } ]
            """);

        Assert.Equal(2, errors.Count);
        Assert.Equal(new SalesforceError("MALFORMED_ID", "Account ID: id value of incorrect type: 001900K0001pPuOAAU", ["Id"]), errors[0], ErrorComparer.Instance);
        Assert.Equal("NOT_FOUND", errors[1].ErrorCode);
        Assert.Empty(errors[1].Fields);
    }

    [Fact]
    public void A_failed_collection_item_names_its_code_statusCode()
    {
        var errors = ErrorParser.Parse("""
            {"success":false,"errors":[{"statusCode":"DUPLICATES_DETECTED","message":"Use one of these records?","fields":[]}]}
            """);

        var error = Assert.Single(errors);
        Assert.Equal("DUPLICATES_DETECTED", error.ErrorCode);
        Assert.Equal("Use one of these records?", error.Message);
    }

    [Fact]
    public void A_token_endpoint_refusal_reads_error_and_error_description()
    {
        var error = Assert.Single(ErrorParser.Parse("""{"error":"invalid_grant","error_description":"audience is invalid"}"""));

        Assert.Equal("invalid_grant", error.ErrorCode);
        Assert.Equal("audience is invalid", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html>Service Unavailable</html>")]
    [InlineData("42")]
    public void A_body_that_is_not_a_Salesforce_error_gives_no_errors(string body) => Assert.Empty(ErrorParser.Parse(body));

    [Fact]
    public void A_row_lock_is_recognised_also_when_a_trigger_wraps_it()
    {
        var errors = ErrorParser.Parse("""
            [{"message":"insert failed. First exception: UNABLE_TO_LOCK_ROW, unable to obtain exclusive access to this record","errorCode":"CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY"},
             {"message":"unable to obtain exclusive access to this record","errorCode":"UNABLE_TO_LOCK_ROW"},
             {"message":"bad value","errorCode":"INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST"}]
            """);

        Assert.Equal([true, true, false], errors.Select(error => error.IsRowLock));
    }

    /// <summary>Records with list members compare lists by reference; compare their contents.</summary>
    private sealed class ErrorComparer : IEqualityComparer<SalesforceError>
    {
        public static readonly ErrorComparer Instance = new();

        public bool Equals(SalesforceError? x, SalesforceError? y) =>
            x?.ErrorCode == y?.ErrorCode && x?.Message == y?.Message && (x?.Fields ?? []).SequenceEqual(y?.Fields ?? []);

        public int GetHashCode(SalesforceError obj) => obj.ErrorCode.GetHashCode(StringComparison.Ordinal);
    }
}
