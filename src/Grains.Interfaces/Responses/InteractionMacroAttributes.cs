using PureConnect.Grains.Interactions;

namespace PureConnect.Grains.Responses;

/// <summary>The interaction attributes an [Attribute:name] macro can name, from what the interaction grain knows: the remote
/// party's name and address, the workgroup, the object type and the id. An attribute the grain does not keep is not offered,
/// so a macro naming it fails clearly rather than inserting a blank.</summary>
public static class InteractionMacroAttributes
{
    public static IReadOnlyDictionary<string, string> From(InteractionView view)
    {
        var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Eic_RemoteName"] = view.RemoteName,
            ["Eic_RemoteAddress"] = view.RemoteAddress,
            ["Eic_RemoteId"] = view.RemoteAddress,
            ["Eic_ObjectType"] = view.ObjectType,
            ["Eic_CallId"] = view.InteractionId,
        };
        if (view.Workgroup is { } workgroup)
        {
            attributes["Eic_WorkgroupName"] = workgroup;
        }

        return attributes;
    }
}
