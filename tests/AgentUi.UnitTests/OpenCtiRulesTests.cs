using PureConnect.AgentUi.AgentApi;
using PureConnect.AgentUi.OpenCti;
using static PureConnect.AgentUi.UnitTests.Calls;

namespace PureConnect.AgentUi.UnitTests;

/// <summary>The softphone's Open CTI decisions: click-to-dial, screen pop, association on navigation, the Omni-Channel bridge.</summary>
public sealed class OpenCtiRulesTests
{
    private const string Contact = "003000000000001AAA";
    private const string Lead = "00Q000000000001AAA";
    private const string Account = "001000000000001AAA";
    private const string Busy = "0N5000000000002";

    [Fact]
    public void Click_to_dial_names_a_contact_or_lead_and_relates_anything_else()
    {
        Assert.Equal(new MakeCallRequest("317 555 0101", WhoId: Contact), OpenCtiRules.CallFor(new(" 317 555 0101 ", Contact, "Ada", "Contact")));
        Assert.Equal(new MakeCallRequest("3175550103", WhoId: Lead), OpenCtiRules.CallFor(new("3175550103", Lead, "Alan", "Lead")));
        Assert.Equal(new MakeCallRequest("3175550100", WhatId: Account), OpenCtiRules.CallFor(new("3175550100", Account, "Acme", "Account")));
        Assert.Equal(new MakeCallRequest("3175550100", WhoId: Contact),
            OpenCtiRules.CallFor(new("3175550100", Account, "Pat", "Account", PersonAccount: true, ContactId: Contact)));
        Assert.Equal(new MakeCallRequest("3175550100"), OpenCtiRules.CallFor(new("3175550100", "not-an-id", null, "Contact")));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("317\u0000555")]
    [InlineData("12345678901234567890123456789012345678901234567890123456789012345")]
    public void Click_to_dial_refuses_a_missing_or_malformed_number(string? number) =>
        Assert.Null(OpenCtiRules.CallFor(new(number, Contact, null, "Contact")));

    [Fact]
    public void A_single_match_pops_the_record_several_search_and_none_follows_the_call_center()
    {
        var one = Call("Alerting") with { ScreenPop = new ScreenPopInfo("Record", "Grace", 1, null, Contact, "Contact", "3175550102") };
        var pop = OpenCtiRules.PopFor(one, "Search")!;
        Assert.Equal("screenPop", pop.Method);
        Assert.Equal("SOBJECT", pop.Arguments["type"]);
        Assert.Equal(Contact, ((IReadOnlyDictionary<string, object?>)pop.Arguments["params"]!)["recordId"]);

        var several = Call("Alerting") with { ScreenPop = new ScreenPopInfo("SearchResults", null, 3, null, SearchedNumber: "3175550100") };
        Assert.Equal(("searchAndScreenPop", "3175550100"), (OpenCtiRules.PopFor(several, "None")!.Method, OpenCtiRules.PopFor(several, "None")!.Arguments["searchParams"]));

        var none = Call("Alerting") with { ScreenPop = new ScreenPopInfo("NewRecord", null, 0, null, SearchedNumber: "3175559999") };
        Assert.Equal("NEW_RECORD_MODAL", OpenCtiRules.PopFor(none, "NewRecord")!.Arguments["type"]);
        Assert.Equal("searchAndScreenPop", OpenCtiRules.PopFor(none, "Search")!.Method);
        Assert.Null(OpenCtiRules.PopFor(none, "None"));

        Assert.Null(OpenCtiRules.PopFor(one with { Direction = "Outbound" }, "Search"));
        // Spec, "Place an outbound Interaction Dialer call": "Salesforce screen pops a matching customer record".
        Assert.Equal("screenPop", OpenCtiRules.PopFor(one with { Direction = "Outbound", Calls = Controls(dialer: true) }, "Search")!.Method);
        Assert.Null(OpenCtiRules.PopFor(Call("Alerting"), "Search"));
        Assert.Null(OpenCtiRules.PopFor(one with { ScreenPop = one.ScreenPop! with { RecordId = "bad" } }, "Search"));
    }

    [Fact]
    public void Navigation_associates_the_opened_record_with_the_live_call_and_keeps_the_other_fields()
    {
        var log = new CallLogInfo("Call 9:00", "Invoice", "Asked", null, null, null, [], [], true);
        var live = Call("Connected") with { CallLog = log };

        var (call, change) = OpenCtiRules.Associate([Call("Disconnected", "k0"), live], new(Contact, "Ada", "Contact"))!.Value;
        Assert.Equal(live.Key, call.Key);
        Assert.Equal(new CallLogChange("Invoice", "Asked", Contact, null), change);

        var named = live with { CallLog = log with { WhoId = Contact } };
        Assert.Equal(new CallLogChange("Invoice", "Asked", Contact, Account), OpenCtiRules.Associate([named], new(Account, "Acme", "Account"))!.Value.Change);
        Assert.Null(OpenCtiRules.Associate([named], new(Contact, "Ada", "Contact")));

        // A Lead as Name takes no Related To: each replaces the other.
        var related = live with { CallLog = log with { WhatId = Account } };
        Assert.Equal(new CallLogChange("Invoice", "Asked", Lead, null), OpenCtiRules.Associate([related], new(Lead, "Alan", "Lead"))!.Value.Change);
        var lead = live with { CallLog = log with { WhoId = Lead } };
        Assert.Equal(new CallLogChange("Invoice", "Asked", null, Account), OpenCtiRules.Associate([lead], new(Account, "Acme", "Account"))!.Value.Change);
    }

    [Fact]
    public void Navigation_without_a_live_call_or_a_record_changes_nothing()
    {
        var log = new CallLogInfo("Call", null, null, null, null, null, [], [], false);
        Assert.Null(OpenCtiRules.Associate([Call("Alerting") with { CallLog = log }], new(Contact, "Ada", "Contact")));
        Assert.Null(OpenCtiRules.Associate([Call("Disconnected") with { CallLog = log with { EditableUntil = Now } }], new(Contact, "Ada", "Contact")));
        Assert.Null(OpenCtiRules.Associate([Call("Connected") with { CallLog = log }], new(null, null, null)));
        Assert.Null(OpenCtiRules.Associate([Call("Connected") with { CallLog = log }], new("<script>", null, "Contact")));
    }

    [Fact]
    public void A_pending_presence_is_published_unless_held_and_warned_about_once_it_waits_too_long()
    {
        var pending = new PresenceSyncInfo(true, null, "r1", Busy, false, Now);
        Assert.Equal(new PresenceRequest("r1", Busy), OpenCtiRules.ToPublish(pending));
        Assert.Null(OpenCtiRules.ToPublish(pending with { PendingHeldForCall = true }));
        Assert.Null(OpenCtiRules.ToPublish(pending with { Enabled = false }));
        Assert.Null(OpenCtiRules.ToPublish(pending with { PendingOmniStatusId = "Busy" }));
        Assert.Null(OpenCtiRules.ToPublish(null));

        Assert.False(OpenCtiRules.Unconfirmed(pending, Now.AddSeconds(14), TimeSpan.FromSeconds(15)));
        Assert.True(OpenCtiRules.Unconfirmed(pending, Now.AddSeconds(15), TimeSpan.FromSeconds(15)));
        Assert.False(OpenCtiRules.Unconfirmed(pending with { PendingHeldForCall = true }, Now.AddMinutes(5), TimeSpan.FromSeconds(15)));
    }

    [Fact]
    public void Only_an_applied_answer_to_the_published_request_is_confirmed()
    {
        var published = new PresenceRequest("r1", Busy);
        Assert.Equal(new PresenceConfirmation("r1", Busy), OpenCtiRules.ConfirmationOf(new("presenceApplied", "r1", Busy), published));
        Assert.Null(OpenCtiRules.ConfirmationOf(new("presenceApplied", "r0", Busy), published));
        Assert.Null(OpenCtiRules.ConfirmationOf(new("setPresence", "r1", Busy), published));
        Assert.Null(OpenCtiRules.ConfirmationOf(new("presenceApplied", "r1", "x'); drop"), published));
        Assert.Null(OpenCtiRules.ConfirmationOf(new("presenceApplied", "r1", Busy), null));
    }

    [Fact]
    public void Offline_is_published_and_confirmed_as_a_presence_for_the_bridge_to_log_Omni_out()
    {
        var pending = new PresenceSyncInfo(true, Busy, "r2", OpenCtiRules.OmniOffline, false, Now);

        Assert.Equal(new PresenceRequest("r2", "Offline"), OpenCtiRules.ToPublish(pending));
        Assert.Equal(new PresenceConfirmation("r2", "Offline"),
            OpenCtiRules.ConfirmationOf(new("presenceApplied", "r2", "Offline"), new PresenceRequest("r2", "Offline")));
        Assert.Null(OpenCtiRules.ToPublish(pending with { PendingOmniStatusId = "offline" }));
    }

    [Theory]
    [InlineData("https://acme.lightning.force.com", true)]
    [InlineData("https://*.lightning.force.com", true)]
    [InlineData("http://127.0.0.1:5000", true)]
    [InlineData("https://acme.force.com; script-src *", false)]
    [InlineData("acme.force.com", false)]
    [InlineData("https://acme.force.com/path", false)]
    public void Frame_ancestors_must_be_origins(string origin, bool valid)
    {
        var options = new CallCenterOptions { FrameAncestors = [origin] };
        Assert.Equal(valid, OpenCtiPage.FrameAncestorErrors(options).Count == 0);
        if (valid)
        {
            Assert.Equal($"frame-ancestors 'self' {origin}", OpenCtiPage.FrameAncestors(options));
        }
    }
}
