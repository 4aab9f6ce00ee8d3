using PureConnect.AgentUi.AgentApi;

namespace PureConnect.AgentUi.Softphone;

/// <summary>
/// Callbacks in the interaction view (spec: "Respond to callbacks"): the information icon opens the callback form; "the call displays
/// in the interaction view beneath the callback interaction". Which buttons are enabled is the server's judgement
/// (<see cref="CallbackInfo"/>), so a reload or a second tab shows the same form.
/// </summary>
public static class CallbackRules
{
    public const string ObjectType = "Callback";

    public static bool IsCallback(InteractionItem? item) =>
        item?.Callback is not null && string.Equals(item.ObjectType, ObjectType, StringComparison.OrdinalIgnoreCase);

    /// <summary>The interactions in their order, each callback's call moved right beneath its callback.</summary>
    public static IReadOnlyList<InteractionItem> Ordered(IReadOnlyList<InteractionItem> items)
    {
        var children = items.Where(i => ParentOf(i, items) is not null).Select(i => i.Key).ToHashSet();
        if (children.Count == 0)
        {
            return items;
        }

        var ordered = new List<InteractionItem>(items.Count);
        foreach (var item in items.Where(i => !children.Contains(i.Key)))
        {
            ordered.Add(item);
            if (IsCallback(item) && item.Callback!.CallId is { } callId)
            {
                ordered.AddRange(items.Where(i => i.InteractionId == callId && children.Contains(i.Key)));
            }
        }

        return ordered;
    }

    /// <summary>The callback the call was placed from, when that callback is in the view.</summary>
    public static InteractionItem? ParentOf(InteractionItem item, IReadOnlyList<InteractionItem> items) =>
        IsCallback(item) ? null : items.FirstOrDefault(c => IsCallback(c) && c.Callback!.CallId == item.InteractionId);
}
