using PureConnect.Salesforce.Search;

namespace PureConnect.Salesforce.UnitTests.Client;

public sealed class SoslQueryTests
{
    private const string Returning = "RETURNING Contact(Id,Name,Phone), Lead(Id,Name,Phone), Account(Id,Name,Phone)";

    [Theory]
    [InlineData("+1 (317) 555-0101", "13175550101")]
    [InlineData("317.555.0101", "3175550101")]
    [InlineData("sip:4321@cic", "4321")]
    public void The_phone_search_keeps_only_the_digits_of_the_number(string number, string digits) =>
        Assert.Equal($"FIND {{{digits}}} IN PHONE FIELDS {Returning}", SoslQuery.ForPhone(number));

    [Theory]
    [InlineData("")]
    [InlineData("anonymous")]
    [InlineData("x7")]
    public void A_number_with_fewer_than_two_digits_gives_no_query(string number) => Assert.Null(SoslQuery.ForPhone(number));

    [Fact]
    public void The_search_resource_url_encodes_braces_spaces_parentheses_and_commas()
    {
        var resource = SoslQuery.Resource(SoslQuery.ForPhone("3175550101")!);

        Assert.StartsWith("search/?q=FIND%20%7B3175550101%7D%20IN%20PHONE%20FIELDS%20RETURNING%20Contact%28Id%2CName%2CPhone%29%2C%20", resource);
        Assert.DoesNotContain(' ', resource);
        Assert.Equal(SoslQuery.ForPhone("3175550101"), Uri.UnescapeDataString(resource["search/?q=".Length..]));
    }

    [Fact]
    public void An_email_or_name_search_escapes_sosl_operators_and_refuses_what_is_not_a_term()
    {
        Assert.Equal($@"FIND {{vera.visitor\+pop@example.com}} IN EMAIL FIELDS {Returning}", SoslQuery.ForEmail(" vera.visitor+pop@example.com "));
        Assert.Equal($@"FIND {{O\'Brien\-Smith \(home\)}} IN NAME FIELDS {Returning}", SoslQuery.ForName("O'Brien-Smith (home)"));
        Assert.Equal($@"FIND {{x\}} OR \{{y}} IN NAME FIELDS {Returning}", SoslQuery.ForName("x} OR {y"));
        Assert.Null(SoslQuery.ForEmail("not an address"));
        Assert.Null(SoslQuery.ForEmail("two@at@signs"));
        Assert.Null(SoslQuery.ForName("-"));
        Assert.Null(SoslQuery.ForName("a\u0000"));
    }
}
