using System.Collections.Immutable;

namespace PureConnect.Grains.Interactions.Emails;

/// <summary>An email's contents as last known (CIC's report or the owner's save), the replies and forwards created under it, and
/// whether this draft was sent.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.EmailState")]
public sealed record EmailState
{
    [Id(0)]
    public EmailContentsView? Contents { get; init; }
    [Id(1)]
    public ImmutableList<EmailResponseView> Responses { get; init; } = [];
    [Id(2)]
    public bool Sent { get; init; }

    /// <summary>The Salesforce Case of an email-to-case email; null for other emails.</summary>
    [Id(3)]
    public string? CaseId { get; init; }
}
