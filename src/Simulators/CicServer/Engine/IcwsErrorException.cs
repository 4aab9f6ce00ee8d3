namespace PureConnect.Simulators.CicServer.Engine;

/// <summary>A refusal the HTTP layer turns into an ICWS error response (status code plus error body).</summary>
public sealed class IcwsErrorException(int statusCode, string errorId, string message, int? errorCode = null)
    : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public string ErrorId { get; } = errorId;

    public int? ErrorCode { get; } = errorCode;
}
