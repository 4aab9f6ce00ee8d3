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
}
