namespace PureConnect.AgentUi.AgentApi;

/// <summary>One server-sent event: its name (<c>message</c> when unnamed) and its data lines joined by LF.</summary>
public sealed record ServerSentEvent(string Name, string Data);
