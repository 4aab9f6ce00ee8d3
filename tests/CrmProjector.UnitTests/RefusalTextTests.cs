using PureConnect.CrmProjector.CallLogs;
using PureConnect.Salesforce;

namespace PureConnect.CrmProjector.UnitTests;

public sealed class RefusalTextTests
{
    [Fact]
    public void A_refusal_keeps_codes_fields_and_the_rule_text_but_never_the_refused_value()
    {
        var text = RefusalText.Of(
        [
            new SalesforceError("STRING_TOO_LONG", "Comments: data value too large: my account number is 1234... (max length=32000)", ["Description"]),
            new SalesforceError("FIELD_CUSTOM_VALIDATION_EXCEPTION", "Call result is required", []),
        ]);

        Assert.Equal("STRING_TOO_LONG [Description]: value too long; FIELD_CUSTOM_VALIDATION_EXCEPTION: Call result is required", text);
    }
}
