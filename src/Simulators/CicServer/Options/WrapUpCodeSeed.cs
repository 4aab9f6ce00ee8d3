namespace PureConnect.Simulators.CicServer.Options;

/// <summary>A wrap-up code as the configuration API lists it (reference §9.1).</summary>
public sealed class WrapUpCodeSeed
{
    /// <summary>The configuration id; also the value sent as <c>code</c> in a wrap-up assignment.</summary>
    public string Id { get; set; } = "";

    /// <summary>Display text; the id when empty.</summary>
    public string? Label { get; set; }

    public string? Category { get; set; }
}
