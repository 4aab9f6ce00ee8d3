namespace PureConnect.Simulators.CicServer.Engine;

/// <summary>Where a transfer or consult goes: exactly one of a user, a workgroup, an attendant profile or an outside number.</summary>
internal sealed record TransferDestination(SimUser? User, SimWorkgroup? Workgroup, AttendantProfile? Attendant, string? Number)
{
    public string Describe() => User?.Id ?? Workgroup?.Name ?? Attendant?.Name ?? Number ?? "";
}
