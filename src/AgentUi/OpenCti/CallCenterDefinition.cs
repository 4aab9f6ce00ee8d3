using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace PureConnect.AgentUi.OpenCti;

/// <summary>
/// The call-center definition file an administrator imports (Setup → Call Centers) for the Lightning console: the required general
/// section (internal name, display name, https adapter URL, Open CTI on, softphone size, Lightning compatibility mode) and a custom
/// section with our settings. Checked by the rules of the definition file; pure.
/// </summary>
public static partial class CallCenterDefinition
{
    public static IReadOnlyList<string> Check(CallCenterOptions options)
    {
        var errors = new List<string>();
        if (!InternalName().IsMatch(options.InternalName ?? ""))
            errors.Add("OpenCti:InternalName must start with a letter and have at most 40 letters and digits.");
        if (string.IsNullOrWhiteSpace(options.DisplayName) || options.DisplayName.Length > 1000)
            errors.Add("OpenCti:DisplayName is required (at most 1,000 characters).");
        if (options.AdapterUrl is not { IsAbsoluteUri: true } adapter || adapter.Scheme != Uri.UriSchemeHttps)
            errors.Add("OpenCti:AdapterUrl must be an absolute https address (Lightning requires https).");
        if (options.Height is < 240 or > 2560)
            errors.Add("OpenCti:Height must be between 240 and 2,560 pixels.");
        if (options.Width is < 200 or > 1920)
            errors.Add("OpenCti:Width must be between 200 and 1,920 pixels.");
        if (options.NoMatchBehaviour is not ("NewRecord" or "Search" or "None"))
            errors.Add("OpenCti:NoMatchBehaviour must be NewRecord, Search or None.");
        return errors;
    }

    /// <summary>The XML document; call <see cref="Check"/> first.</summary>
    public static XDocument Build(CallCenterOptions options)
    {
        var general = Section("reqGeneralInfo", "General Information", 0,
            ("reqInternalName", "Internal Name", options.InternalName),
            ("reqDisplayName", "Display Name", options.DisplayName),
            ("reqAdapterUrl", "CTI Adapter URL", options.AdapterUrl!.AbsoluteUri),
            ("reqUseApi", "Use CTI API", "true"),
            ("reqSoftphoneHeight", "Softphone Height", options.Height.ToString(CultureInfo.InvariantCulture)),
            ("reqSoftphoneWidth", "Softphone Width", options.Width.ToString(CultureInfo.InvariantCulture)),
            ("reqSalesforceCompatibilityMode", "Salesforce Compatibility Mode", "Lightning"));
        var ours = Section("pureConnectSettings", "PureConnect Settings", 1,
            ("noMatchBehaviour", "Screen Pop When No Record Matches", options.NoMatchBehaviour));
        return new XDocument(new XDeclaration("1.0", "UTF-8", null), new XElement("callCenter", general, ours));
    }

    private static XElement Section(string name, string label, int sortOrder, params (string Name, string Label, string Value)[] items) =>
        new("section", new XAttribute("sortOrder", sortOrder), new XAttribute("name", name), new XAttribute("label", label),
            items.Select((item, i) => new XElement("item", new XAttribute("sortOrder", i), new XAttribute("name", item.Name),
                new XAttribute("label", item.Label), item.Value)));

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{0,39}$")]
    private static partial Regex InternalName();
}
