using PureConnect.Simulators.SalesforceOrg.Engine;

namespace PureConnect.Salesforce.UnitTests.Simulator;

public sealed class SoqlParserTests
{
    [Fact]
    public void The_supported_subset_parses_into_fields_conditions_order_and_limit()
    {
        var query = SoqlParser.Parse(
            "select Id, Subject FROM Task WHERE CallType = 'Inbound' and CallDurationInSeconds >= 30 AND Subject LIKE 'Call%' " +
            "AND Status IN ('Completed', 'Deferred') AND WhatId = null ORDER BY CreatedDate DESC, Subject LIMIT 10");

        Assert.Equal("Task", query.Object);
        Assert.Equal(["Id", "Subject"], query.Fields);
        Assert.Equal(new SoqlCondition("CallType", "=", "Inbound"), query.Where[0]);
        Assert.Equal(new SoqlCondition("CallDurationInSeconds", ">=", 30m), query.Where[1]);
        Assert.Equal(new SoqlCondition("Subject", "LIKE", "Call%"), query.Where[2]);
        Assert.Equal(["Completed", "Deferred"], (IEnumerable<object?>)query.Where[3].Value!);
        Assert.Equal(new SoqlCondition("WhatId", "=", null), query.Where[4]);
        Assert.Equal([new SoqlOrder("CreatedDate", true), new SoqlOrder("Subject", false)], query.OrderBy);
        Assert.Equal(10, query.Limit);
    }

    [Fact]
    public void Quoted_strings_keep_escaped_quotes_and_dates_are_unquoted_literals()
    {
        var query = SoqlParser.Parse("SELECT Id FROM Contact WHERE Name = 'O\\'Brien' AND CreatedDate > 2026-03-01T00:00:00Z AND IsCurrentState = true");

        Assert.Equal("O'Brien", query.Where[0].Value);
        Assert.Equal(new SoqlDateTime(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero)), query.Where[1].Value);
        Assert.Equal(true, query.Where[2].Value);
    }

    [Theory]
    [InlineData("SELECT Id FROM Task WHERE Subject = 'a' OR Subject = 'b'", "OR")]
    [InlineData("SELECT Owner.Name FROM Task", "relationship")]
    [InlineData("SELECT COUNT() FROM Task", "functions")]
    [InlineData("SELECT Id FROM Task WHERE CreatedDate = TODAY", "TODAY")]
    [InlineData("SELECT Id FROM Task LIMIT 5 OFFSET 5", "OFFSET")]
    [InlineData("SELECT Id Task", "FROM")]
    [InlineData("SELECT Id FROM Task WHERE Subject = 'open", "unterminated")]
    public void What_the_simulator_does_not_support_is_MALFORMED_QUERY_naming_it(string soql, string named)
    {
        var error = Assert.Throws<OrgException>(() => SoqlParser.Parse(soql));

        Assert.Equal((400, "MALFORMED_QUERY"), (error.StatusCode, error.Errors[0].ErrorCode));
        Assert.Contains(named, error.Errors[0].Message, StringComparison.Ordinal);
    }
}
