using PureConnect.Simulators.SalesforceOrg.Options;

namespace PureConnect.Simulators.SalesforceOrg.Console;

/// <summary>The simulated console's call center: the softphone it frames (as an imported call-center definition's adapter URL would say).</summary>
internal sealed class ConsoleSettings(SalesforceOrgOptions options)
{
    private volatile Uri? _softphoneUrl = options.SoftphoneUrl;

    public Uri? SoftphoneUrl
    {
        get => _softphoneUrl;
        set => _softphoneUrl = value;
    }

    public string OmniMessageChannel { get; } = options.OmniMessageChannel;
}
