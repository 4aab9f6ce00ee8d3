using PureConnect.CrmProjector.ScreenPop;
using PureConnect.Salesforce.Search;

namespace PureConnect.CrmProjector.UnitTests;

public sealed class ScreenPopRulesTests
{
    [Theory]
    [InlineData(true, false, false, false, "3175550100", true)]
    [InlineData(false, false, false, false, "3175550100", false)]
    [InlineData(true, true, false, false, "3175550100", false)]
    [InlineData(true, false, true, false, "3175550100", false)]
    [InlineData(true, false, false, true, "3175550100", false)]
    [InlineData(true, false, false, false, "PRIV", false)]
    public void Only_inbound_external_calls_with_a_caller_id_are_searched(bool inbound, bool @internal, bool conference, bool voicemail, string ani, bool search) =>
        Assert.Equal(search, ScreenPopRules.ShouldSearch(inbound, @internal, conference, voicemail, ani));

    [Fact]
    public void No_match_pops_a_new_record_one_match_pops_it_and_several_pop_the_search_results()
    {
        var pat = new PhoneSearchMatch("Contact", "003000000000001AAA", "Pat Caller", "(317) 555-0100");
        var lee = new PhoneSearchMatch("Lead", "00Q000000000001AAA", "Lee Lead", "317-555-0100");

        Assert.Equal(new ScreenPopDecision(ScreenPopKind.NewRecord, null, null, "3175550100", 0), ScreenPopRules.Decide("3175550100", []));
        Assert.Equal(new ScreenPopDecision(ScreenPopKind.Record, pat.Id, "Contact", "3175550100", 1), ScreenPopRules.Decide("3175550100", [pat]));
        Assert.Equal(ScreenPopKind.SearchResults, ScreenPopRules.Decide("3175550100", [pat, lee]).Kind);
    }

    [Theory]
    [InlineData("Call", true, false, "3175550100", "Caller", "Phone", "3175550100")]
    [InlineData("Callback", true, false, "3175550100", "Caller", "Phone", "3175550100")]
    [InlineData("Chat", true, false, "vera@example.com", "Vera Visitor", "Email", "vera@example.com")]
    [InlineData("Chat", true, false, "Vera Visitor", "Vera Visitor", "Name", "Vera Visitor")]
    [InlineData("Chat", true, true, "agent2", "Agent Two", null, null)]
    [InlineData("Chat", true, false, "?", "", null, null)]
    [InlineData("Email Interaction", true, false, "sender@example.com", "Sender", "Email", "sender@example.com")]
    [InlineData("Email Interaction", false, false, "customer@example.com", "", null, null)]
    [InlineData("Email Interaction", true, false, "Sender Name", "Sender Name", null, null)]
    public void Calls_and_callbacks_search_the_number_a_web_chat_the_visitor_s_address_or_name_and_intercom_chats_nothing(
        string objectType, bool inbound, bool @internal, string remoteAddress, string remoteName, string? kind, string? term)
    {
        var search = ScreenPopRules.SearchFor(objectType, inbound, @internal, voicemail: false, remoteAddress, remoteName);

        Assert.Equal((kind, term), (search?.Kind.ToString(), search?.Term));
    }
}
