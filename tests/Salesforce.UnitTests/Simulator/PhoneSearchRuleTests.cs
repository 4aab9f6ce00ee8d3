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
    [InlineData("FIND {3175550101} RETURNING Lead(Id, Fax)", "INVALID_FIELD")]
    [InlineData("FIND {7}", "INVALID_SEARCH")]
    public void What_the_subset_does_not_cover_is_refused_with_a_salesforce_error(string query, string errorCode) =>
        Assert.Equal(errorCode, Assert.Throws<OrgException>(() => SoslParser.Parse(query)).Errors[0].ErrorCode);

    [Fact]
    public void Record_ids_get_the_case_suffix_salesforce_computes() =>
        Assert.Equal("IAZ", SalesforceIds.Suffix("001D000000IqhSL")); // the documentation's 001D000000IqhSLIAZ

    [Fact]
    public void An_email_search_finds_the_contacts_and_leads_with_that_address_whatever_its_case_and_no_others()
    {
        PhoneRecord[] records =
        [
            new("Contact", "003000000000001AAA", "Vera", null, null, null) { Email = "Vera.Visitor+pop@example.com" },
            new("Lead", "00Q000000000001AAA", "Vera lead", null, null, null) { Email = "vera.visitor+pop@example.com" },
            new("Contact", "003000000000002AAA", "Other", "3175550101", null, null) { Email = "other@example.com" },
        ];

        var found = RecordSearch.Run(SoslParser.Parse(@"FIND {vera.visitor\+pop@example.com} IN EMAIL FIELDS RETURNING Contact(Id), Lead(Id)"), records);

        Assert.Equal(["Vera", "Vera lead"], found.Select(f => f.Record.Name));
    }
}
