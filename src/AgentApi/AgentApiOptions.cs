namespace PureConnect.AgentApi;

/// <summary>Settings of the agent HTTP API, bound from the <c>AgentApi</c> configuration section.</summary>
public sealed class AgentApiOptions
{
    public const string SectionName = "AgentApi";

    /// <summary>An event stream that had nothing to send for this long gets a <c>:ping</c> comment (keeps proxies from closing it).</summary>
    public TimeSpan EventsPingInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The largest request body Kestrel accepts (413 above it): room for a call log's 32,000 characters of comments
    /// even when every character is escaped, and nothing like the megabytes a careless or hostile client could send.</summary>
    public long MaxRequestBodyBytes { get; set; } = DefaultMaxRequestBodyBytes;

    public const long DefaultMaxRequestBodyBytes = 256 * 1024;
}
