using PureConnect.AgentUi.AgentApi;
using PureConnect.AgentUi.Softphone;

namespace PureConnect.AgentUi.UnitTests;

/// <summary>The open call-log form when the server's call log changes under it (the record the agent opened in the console, another tab).</summary>
public sealed class CallLogRulesTests
{
    private const string Contact = "003SIM000000001";
    private const string Account = "001SIM000000001";
    private static readonly CallLogChange Shown = new(null, null, null, null);

    [Fact]
    public void Fields_the_agent_did_not_touch_follow_the_server_and_the_agents_edits_stay()
    {
        var draft = Shown with { Comments = "Asked about the invoice" };
        var server = Shown with { WhoId = Contact };

        var form = CallLogRules.Merge(Shown, draft, server);

        Assert.Equal(new CallLogChange(null, "Asked about the invoice", Contact, null), form);
    }

    [Fact]
    public void A_field_the_agent_chose_wins_over_the_servers_change_of_it()
    {
        var draft = Shown with { WhatId = Account };
        var server = Shown with { WhatId = "001SIM000000002", WhoId = Contact };

        Assert.Equal(new CallLogChange(null, null, Contact, Account), CallLogRules.Merge(Shown, draft, server));
    }

    [Fact]
    public void Without_edits_the_form_shows_the_server_and_without_a_server_change_it_keeps_the_draft()
    {
        var server = new CallLogChange("Subject", "Comments", Contact, Account);
        var draft = new CallLogChange("Mine", null, null, null);

        Assert.Equal(server, CallLogRules.Merge(Shown, Shown, server));
        Assert.Equal(draft, CallLogRules.Merge(Shown, draft, Shown));
    }
}
