namespace PureConnect.AgentApi;

/// <summary>Settings of the agent HTTP API, bound from the <c>AgentApi</c> configuration section.</summary>
public sealed class AgentApiOptions
{
    public const string SectionName = "AgentApi";

    /// <summary>An event stream that had nothing to send for this long gets a <c>:ping</c> comment (keeps proxies from closing it).</summary>
    public TimeSpan EventsPingInterval { get; set; } = TimeSpan.FromSeconds(15);
}
