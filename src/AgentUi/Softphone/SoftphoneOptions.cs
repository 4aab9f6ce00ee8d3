namespace PureConnect.AgentUi.Softphone;

/// <summary>How the softphone follows AgentApi's event stream, and shows phone numbers (configuration section <c>Softphone</c>).</summary>
public sealed class SoftphoneOptions
{
    public const string Section = "Softphone";

    /// <summary>First wait before reconnecting a dropped event stream; doubles up to <see cref="MaxReconnectDelay"/>.</summary>
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A stream with no event and no ping for this long counts as dropped (AgentApi pings every 15 s).</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromSeconds(45);

    /// <summary>The country (ISO 3166 code) of phone numbers CIC gives without a country code: the contact center's.</summary>
    public string DefaultPhoneRegion { get; set; } = "US";

    /// <summary>How often the Workgroup Queues view reads its queue again (CIC pushes nothing to AgentApi for queues it does not watch).</summary>
    public TimeSpan WorkgroupQueueRefresh { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often the open Voicemail view reads the voicemail box again.</summary>
    public TimeSpan VoicemailRefresh { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often every softphone's Voicemail button reads the count of unheard messages again: each read is a request to
    /// CIC through the agent's session, so with a thousand agents 30 s is ~33 requests a second where 5 s would be 200.</summary>
    public TimeSpan VoicemailCountRefresh { get; set; } = TimeSpan.FromSeconds(30);
}
