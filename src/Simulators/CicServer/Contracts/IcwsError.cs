namespace PureConnect.Simulators.CicServer.Contracts;

/// <summary>The ICWS error body: <c>{errorId?, message, errorCode?}</c> (reference §2.1).</summary>
public sealed record IcwsError(string? ErrorId, string Message, int? ErrorCode = null);
