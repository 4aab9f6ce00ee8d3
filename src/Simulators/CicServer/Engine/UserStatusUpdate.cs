using PureConnect.Simulators.CicServer.Contracts;

namespace PureConnect.Simulators.CicServer.Engine;

/// <summary>A parsed <c>userStatusUpdate</c> body.</summary>
public sealed record UserStatusUpdate(string StatusId, string? Notes = null, string? ForwardNumber = null, UntilInfo? Until = null);
