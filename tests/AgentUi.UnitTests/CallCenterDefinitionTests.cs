using System.Xml.Linq;
using PureConnect.AgentUi.OpenCti;

namespace PureConnect.AgentUi.UnitTests;

public sealed class CallCenterDefinitionTests
{
    private static CallCenterOptions Valid() => new() { AdapterUrl = new Uri("https://softphone.example.com/opencti") };

    private static string Item(XDocument xml, string name) =>
        xml.Descendants("item").Single(i => (string?)i.Attribute("name") == name).Value;

    [Fact]
    public void The_definition_has_the_required_items_in_order_for_a_Lightning_console()
    {
        var xml = CallCenterDefinition.Build(Valid());

        var general = xml.Root!.Elements("section").First();
        Assert.Equal("reqGeneralInfo", (string?)general.Attribute("name"));
        Assert.Equal(["reqInternalName", "reqDisplayName", "reqAdapterUrl", "reqUseApi", "reqSoftphoneHeight", "reqSoftphoneWidth", "reqSalesforceCompatibilityMode"],
            general.Elements("item").Select(i => (string?)i.Attribute("name")));
        Assert.Equal(["0", "1", "2", "3", "4", "5", "6"], general.Elements("item").Select(i => (string?)i.Attribute("sortOrder")));
        Assert.Equal("https://softphone.example.com/opencti", Item(xml, "reqAdapterUrl"));
        Assert.Equal("true", Item(xml, "reqUseApi"));
        Assert.Equal("Lightning", Item(xml, "reqSalesforceCompatibilityMode"));
        Assert.Equal("Search", Item(xml, "noMatchBehaviour"));
        Assert.Empty(CallCenterDefinition.Check(Valid()));
    }

    [Fact]
    public void Display_names_with_markup_are_escaped_not_injected()
    {
        var options = Valid();
        options.DisplayName = "Sales </item><item name=\"x\">";

        var text = CallCenterDefinition.Build(options).ToString();

        Assert.Contains("&lt;/item&gt;", text);
        Assert.Equal(options.DisplayName, Item(XDocument.Parse(text), "reqDisplayName"));
    }

    [Theory]
    [InlineData("http://softphone.example.com/", "https")]
    [InlineData(null, "https")]
    public void An_adapter_url_that_is_not_https_is_refused(string? url, string expected)
    {
        var options = Valid();
        options.AdapterUrl = url is null ? null : new Uri(url);

        Assert.Contains(CallCenterDefinition.Check(options), e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Names_and_sizes_outside_the_rules_are_refused_by_setting_name()
    {
        var options = Valid();
        options.InternalName = "1-bad name";
        options.Height = 100;
        options.Width = 5000;
        options.NoMatchBehaviour = "Pop";

        var errors = CallCenterDefinition.Check(options);

        Assert.Equal(4, errors.Count);
        Assert.Contains(errors, e => e.StartsWith("OpenCti:InternalName", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("OpenCti:Height", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("OpenCti:Width", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("OpenCti:NoMatchBehaviour", StringComparison.Ordinal));
    }
}
