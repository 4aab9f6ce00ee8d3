namespace PureConnect.Grains.Agents;

/// <summary>
/// Outcome of an agent command. A command only asks CIC; the resulting state arrives later through the
/// ingest, so success means "CIC accepted the request".
/// </summary>
[GenerateSerializer, Immutable, Alias("PureConnect.CommandResult")]
public sealed record CommandResult(bool Succeeded, string? ErrorCode = null, string? Message = null, string? InteractionId = null)
{
    public static CommandResult Ok(string? interactionId = null) => new(true, InteractionId: interactionId);
    public static CommandResult Fail(string errorCode, string message) => new(false, errorCode, message);
}
