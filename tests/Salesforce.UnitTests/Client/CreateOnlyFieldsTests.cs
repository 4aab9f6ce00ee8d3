using PureConnect.Salesforce.Tasks;

namespace PureConnect.Salesforce.UnitTests.Client;

public sealed class CreateOnlyFieldsTests
{
    private static readonly SalesforceTask Call = SalesforceTask.NewCall("k-1") with { Subject = "s" };

    [Fact]
    public void A_refusal_of_the_subtype_on_update_is_recognised_by_its_fields_or_its_message()
    {
        Assert.True(CreateOnlyFields.Refused(Call, [new SalesforceError("INVALID_FIELD_FOR_INSERT_UPDATE", "Unable to create/update fields: TaskSubtype.", ["TaskSubtype"])]));
        Assert.True(CreateOnlyFields.Refused(Call, [new SalesforceError("INVALID_FIELD_FOR_INSERT_UPDATE", "Unable to create/update fields: TaskSubtype.", [])]));
    }

    [Fact]
    public void Other_refusals_or_a_task_without_the_subtype_are_not_answered_by_dropping_it()
    {
        Assert.False(CreateOnlyFields.Refused(Call, [new SalesforceError("INVALID_FIELD_FOR_INSERT_UPDATE", "Unable to create/update fields: OwnerId.", ["OwnerId"])]));
        Assert.False(CreateOnlyFields.Refused(Call, [new SalesforceError("STRING_TOO_LONG", "Subject: data value too large", ["Subject"])]));
        Assert.False(CreateOnlyFields.Refused(Call, []));
        Assert.False(CreateOnlyFields.Refused(Call with { TaskSubtype = null },
            [new SalesforceError("INVALID_FIELD_FOR_INSERT_UPDATE", "Unable to create/update fields: TaskSubtype.", ["TaskSubtype"])]));
    }

    [Fact]
    public void Without_drops_only_the_create_only_fields()
    {
        Assert.Equal(Call with { TaskSubtype = null }, CreateOnlyFields.Without(Call));
    }
}
