using PureConnect.Simulators.SalesforceOrg.Engine;

namespace PureConnect.Salesforce.UnitTests.Simulator;

public sealed class PhoneSearchRuleTests
{
    [Theory]
    [InlineData("13175550101", "(317) 555-0101", true)]
    [InlineData("3175550101", "+1 317 555 0101", true)]
    [InlineData("3175550101", "317.555.0101", true)]
    [InlineData("3175550101", "(317) 555-0102", false)]
    [InlineData("5550101", "(317) 555-0101", false)]
    [InlineData("4321", "4321", true)]
    [InlineData("4321", "x4321", true)]
    [InlineData("4321", "54321", false)]
    public void Digits_are_compared_on_the_last_ten_when_both_have_ten(string searchDigits, string stored, bool matches) =>
        Assert.Equal(matches, PhoneMatcher.Matches(searchDigits, stored));

    [Fact]
    public void The_cti_query_parses_into_term_phone_scope_and_returned_fields()
    {
        var search = SoslParser.Parse("FIND {3175550101} IN PHONE FIELDS RETURNING Contact(Id,Name,Phone), Lead(Id, Name), account LIMIT 10");

        Assert.Equal("3175550101", search.Term);
        Assert.Equal(SoslScope.Phone, search.Scope);
        Assert.Equal(10, search.Limit);
        Assert.Equal(["Contact", "Lead", "Account"], search.Returning.Select(r => r.SObjectType));
        Assert.Equal(["Id", "Name", "Phone"], search.Returning[0].Fields);
        Assert.Equal(["Id"], search.Returning[2].Fields);
    }

    [Fact]
    public void Escaped_reserved_characters_in_the_term_are_unescaped() =>
        Assert.Equal("+1-317", SoslParser.Parse(@"FIND {\+1\-317}").Term);

    [Theory]
    [InlineData("SELECT Id FROM Contact", "MALFORMED_SEARCH")]
    [InlineData("FIND {3175550101} RETURNING Contact(Id WHERE Name = 'x')", "MALFORMED_SEARCH")]
    [InlineData("FIND {3175550101} RETURNING Opportunity(Id)", "INVALID_TYPE")]
    [InlineData("FIND {3175550101} RETURNING Lead(Id, Email)", "INVALID_FIELD")]
    [InlineData("FIND {7}", "INVALID_SEARCH")]
    public void What_the_subset_does_not_cover_is_refused_with_a_salesforce_error(string query, string errorCode) =>
        Assert.Equal(errorCode, Assert.Throws<OrgException>(() => SoslParser.Parse(query)).Errors[0].ErrorCode);

    [Fact]
    public void Record_ids_get_the_case_suffix_salesforce_computes() =>
        Assert.Equal("IAZ", SalesforceIds.Suffix("001D000000IqhSL")); // the documentation's 001D000000IqhSLIAZ
}
