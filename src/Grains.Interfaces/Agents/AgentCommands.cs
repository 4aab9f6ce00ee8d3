namespace PureConnect.Grains.Agents;

/// <summary>Log in to CIC with the agent's own credentials and connect a station.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.LogIn")]
public sealed record LogIn(string Password, StationSelection Station)
{
    public override string ToString() => $"LogIn {{ Station = {Station} }}";
}

/// <summary>Change the agent's status. Forward number and until apply only where the status allows them.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.ChangeStatus")]
public sealed record ChangeStatus(string StatusId, string? Notes = null, string? ForwardNumber = null, DateTimeOffset? Until = null);

/// <summary>Place a call to a typed number.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.MakeCall")]
public sealed record MakeCall(string Target, string? Workgroup = null);

/// <summary>A call control on one of the agent's interactions.</summary>
public enum CallControl
{
    Pickup = 1,
    Hold = 2,
    Unhold = 3,
    Mute = 4,
    Unmute = 5,
    Disconnect = 6,
}
