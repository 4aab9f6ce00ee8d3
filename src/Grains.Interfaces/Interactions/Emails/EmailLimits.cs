namespace PureConnect.Grains.Interactions.Emails;

/// <summary>Limits the product sets on email, the same for the AgentApi (which refuses a larger upload before reading it) and the grains.</summary>
public static class EmailLimits
{
    /// <summary>The largest file an agent may attach (10 MB).</summary>
    public const long MaxAttachmentBytes = 10 * 1024 * 1024;
}
