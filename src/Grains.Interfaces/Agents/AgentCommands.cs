namespace PureConnect.Grains.Agents;

/// <summary>Log in to CIC with the agent's own credentials and connect a station.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.LogIn")]
public sealed record LogIn(string Password, StationSelection Station)
{
    public override string ToString() => $"LogIn {{ Station = {Station} }}";
}

/// <summary>First login step: open the agent's own CIC session with their password (used once, never kept).</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.BeginLogIn")]
public sealed record BeginLogIn(string Password)
{
    public override string ToString() => "BeginLogIn { Password = *** }";
}

/// <summary>Change the agent's CIC password (spec: "Change your password"); the confirmation must repeat the new one.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.ChangePassword")]
public sealed record ChangePassword(string OldPassword, string NewPassword, string ConfirmPassword)
{
    public override string ToString() => "ChangePassword { *** }";
}

/// <summary>Connect a station; <paramref name="Remember"/> logs in to it automatically next time (spec: "Remember Station").</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.SelectStation")]
public sealed record SelectStation(StationSelection Station, bool Remember);

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
