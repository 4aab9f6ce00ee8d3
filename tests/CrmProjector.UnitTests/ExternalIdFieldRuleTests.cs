using PureConnect.CrmProjector.CallLogs;
using PureConnect.Salesforce.Describe;

namespace PureConnect.CrmProjector.UnitTests;

public sealed class ExternalIdFieldRuleTests
{
    private static SObjectDescription Task(params SObjectField[] fields) => new("Task", fields);

    private static SObjectField Text(string name, bool externalId) => new(name, "string", externalId, true, true, true, 255);

    [Fact]
    public void An_external_id_field_of_that_name_is_usable_whatever_its_case()
    {
        Assert.Null(ExternalIdFieldRule.Problem(Task(Text("CallId__c", externalId: true)), "callid__c"));
    }

    [Fact]
    public void A_missing_field_is_named_with_how_to_create_it_or_configure_another()
    {
        var problem = ExternalIdFieldRule.Problem(Task(Text("Subject", externalId: false)), "CallId__c");

        Assert.Contains("no field CallId__c", problem);
        Assert.Contains("Salesforce:ExternalIdField", problem);
    }

    [Fact]
    public void A_field_not_marked_external_id_is_refused_with_the_fix()
    {
        Assert.Contains("not marked External ID", ExternalIdFieldRule.Problem(Task(Text("CallId__c", externalId: false)), "CallId__c"));
    }
}
