namespace PureConnect.IntegrationTests.Infrastructure;

/// <summary>The stack with the call-log option that puts a chat's transcript in a file on its Task instead of the Description
/// (<c>CallLogs:ChatTranscript</c> = <c>Attachment</c>); a few pool agents are enough for its tests.</summary>
public sealed class TranscriptFileStackFixture : StackFixture
{
    protected override int AgentCount => 4;

    protected override IReadOnlyDictionary<string, string?> ProjectorSettings =>
        new Dictionary<string, string?> { ["CallLogs:ChatTranscript"] = "Attachment" };
}

[CollectionDefinition(Name)]
public sealed class TranscriptFileStackCollection : ICollectionFixture<TranscriptFileStackFixture>
{
    public const string Name = "Stack with transcript files";
}
