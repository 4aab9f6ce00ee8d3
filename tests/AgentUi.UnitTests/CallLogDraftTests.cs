using PureConnect.AgentUi.AgentApi;
using PureConnect.AgentUi.Softphone;

namespace PureConnect.AgentUi.UnitTests;

/// <summary>Unsaved call-log text kept in the browser's session storage: restored after a reload over the server's current fields.</summary>
public sealed class CallLogDraftTests
{
    private const string Contact = "003SIM000000001";
    private static readonly CallLogChange Shown = new(null, null, null, null);

    [Fact]
    public void A_stored_draft_restores_the_agents_text_and_lets_untouched_fields_follow_the_server()
    {
        var stored = new CallLogDraft(Shown, Shown with { Subject = "Invoice", Comments = "Asked about the invoice" }).ToJson();
        var server = Shown with { WhoId = Contact };

        var form = CallLogDraft.FromJson(stored)!.RestoreOnto(server);

        Assert.Equal(new CallLogChange("Invoice", "Asked about the invoice", Contact, null), form);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{\"shown\":null}")]
    public void Nothing_readable_in_storage_is_no_draft(string? stored) => Assert.Null(CallLogDraft.FromJson(stored));

    [Fact]
    public void Each_interaction_has_its_own_draft() =>
        Assert.NotEqual(CallLogDraft.StorageKey("1001"), CallLogDraft.StorageKey("1002"));
}
