namespace PureConnect.Simulators.CicServer.Options;

/// <summary>An account code an agent may put on an outbound call (Advanced Dial).</summary>
public sealed class AccountCodeSeed
{
    public string Id { get; set; } = "";

    public string? Description { get; set; }
}
