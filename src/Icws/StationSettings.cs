namespace PureConnect.Icws;

/// <summary>How the session connects to a station (body of <c>PUT connection/station</c>).</summary>
public abstract record StationSettings
{
    /// <summary>Whether the agent is ready to receive ACD interactions; sent as <c>readyForInteractions</c>.</summary>
    public bool ReadyForInteractions { get; init; } = true;

    /// <summary>Media types handled on the station (1 call, 2 chat, 3 email, 4 generic, 5 callback...); omitted when null.</summary>
    public IReadOnlyList<int>? SupportedMediaTypes { get; init; }
}

/// <summary>A SIP phone or softphone configured as a CIC workstation.</summary>
public sealed record WorkstationSettings(string Workstation) : StationSettings;

/// <summary>A remote workstation, optionally reached on a remote number.</summary>
public sealed record RemoteWorkstationSettings(string Workstation, string? RemoteNumber) : StationSettings;

/// <summary>Any phone reached by number; a persistent connection keeps the line up between calls.</summary>
public sealed record RemoteNumberSettings(string RemoteNumber, bool PersistentConnection) : StationSettings;
