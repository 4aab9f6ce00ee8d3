namespace PureConnect.Simulators.CicServer.Engine.Dialer;

/// <summary>A contact-list record: number, name, the attributes of the data pop.</summary>
internal sealed record ContactRecord(string Phone, string Name, IReadOnlyDictionary<string, string> Attributes);

/// <summary>A callback scheduled by a disposition: due at <see cref="DueAt"/>, to <see cref="AgentId"/> (Me) or anyone.</summary>
internal sealed record ScheduledCallback(ContactRecord Contact, DateTimeOffset DueAt, string? AgentId);
