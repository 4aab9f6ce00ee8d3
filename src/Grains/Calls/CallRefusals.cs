using PureConnect.Grains.Agents;

namespace PureConnect.Grains.Calls;

/// <summary>Refusals every call rule shares.</summary>
internal static class CallRefusals
{
    public static readonly CommandResult NotYours = CommandResult.Fail("interaction.notFound", "That interaction is not yours.");
}
