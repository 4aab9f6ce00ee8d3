using PureConnect.CallLogs;
using PureConnect.CrmProjector.CallLogs;
using PureConnect.Salesforce.Tasks;

namespace PureConnect.CrmProjector.UnitTests;

public sealed class ClearedTaskFieldsTests
{
    private static readonly CallLogFields Full = new("k-1", "Call", "Inbound", 30, "Sale", "Call me back", "003000000000001AAA", "001000000000001AAA", "Completed");

    [Fact]
    public void A_field_the_agent_cleared_after_salesforce_accepted_it_is_sent_as_null()
    {
        var cleared = Full with { Description = null, WhatId = null };

        Assert.Equal(["Description", "WhatId"], ClearedTaskFields.Of(cleared, lastAccepted: Full));
    }

    [Fact]
    public void A_field_empty_then_and_now_is_left_alone_so_what_others_set_in_salesforce_stays()
    {
        var accepted = Full with { WhoId = null, CallDisposition = null };

        Assert.Empty(ClearedTaskFields.Of(accepted with { Subject = "new subject" }, accepted));
    }

    [Fact]
    public void While_salesforce_has_accepted_nothing_every_empty_field_is_cleared_as_a_lost_answer_may_have_written_it()
    {
        var current = Full with { CallDurationInSeconds = null, CallDisposition = null, Description = null, WhoId = null, WhatId = null };

        Assert.Equal(["CallDurationInSeconds", "CallDisposition", "Description", "WhoId", "WhatId"], ClearedTaskFields.Of(current, lastAccepted: null));
    }

    [Fact]
    public void The_task_request_clears_what_was_cleared_and_carries_the_subtype_only_while_the_task_id_is_unknown()
    {
        var current = Full with { WhoId = "00Q000000000001AAA", WhatId = null };
        var unknown = new PendingCallLog("k-1", 7, current, "{}", TaskId: null, InteractionId: "1", SyncedFields: Full);
        var known = unknown with { TaskId = "00T000000000001AAA" };

        var first = CallLogTask.From(unknown);
        var second = CallLogTask.From(known);

        Assert.Equal(["WhatId"], first.FieldsToNull);
        Assert.Equal(TaskSubtypes.Call, first.TaskSubtype);
        Assert.Null(second.TaskSubtype);
        Assert.Equal(("00Q000000000001AAA", SalesforceCallType.Inbound), (second.WhoId, second.CallType));
    }
}
