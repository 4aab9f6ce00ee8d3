namespace PureConnect.ServiceDefaults;

/// <summary>The error body every JSON API of PureConnect answers with: a stable code and a sentence for people.</summary>
public sealed record JsonError(string Code, string Message);
