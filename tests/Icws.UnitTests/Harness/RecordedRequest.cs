namespace PureConnect.Icws.UnitTests.Harness;

/// <summary>A request the fake ICWS server received.</summary>
public sealed record RecordedRequest(string Method, string Path, string Query, string Host, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public override string ToString() => $"{Method} {Path}{Query}";
}
