using PureConnect.AgentUi.Softphone;

namespace PureConnect.AgentUi.UnitTests;

/// <summary>Spec, "Use keyboard shortcuts": one key per action of the spec's list, whatever the keyboard's case.</summary>
public sealed class KeyboardShortcutsTests
{
    [Theory]
    [InlineData("p", ShortcutAction.Pickup)]
    [InlineData("H", ShortcutAction.Hold)]
    [InlineData("m", ShortcutAction.Mute)]
    [InlineData("d", ShortcutAction.Disconnect)]
    [InlineData("a", ShortcutAction.Available)]
    [InlineData("k", ShortcutAction.DialPad)]
    [InlineData("l", ShortcutAction.CallLog)]
    [InlineData("i", ShortcutAction.Interactions)]
    [InlineData("?", ShortcutAction.Help)]
    [InlineData("Escape", ShortcutAction.Close)]
    public void Each_key_of_the_table_does_its_action(string browserKey, ShortcutAction action) =>
        Assert.Equal(action, KeyboardShortcuts.ActionOf(browserKey));

    [Theory]
    [InlineData("x")]
    [InlineData("Enter")]
    [InlineData("1")]
    public void Other_keys_do_nothing(string browserKey) => Assert.Null(KeyboardShortcuts.ActionOf(browserKey));

    [Fact]
    public void Every_action_has_exactly_one_key()
    {
        Assert.Equal(Enum.GetValues<ShortcutAction>().Order(), KeyboardShortcuts.All.Select(s => s.Action).Order());
        Assert.Equal(KeyboardShortcuts.All.Count, KeyboardShortcuts.BrowserKeys.Distinct().Count());
    }

    [Fact]
    public void Pickup_hold_mute_and_disconnect_work_the_call_controls()
    {
        Assert.Equal(CallControl.Hold, KeyboardShortcuts.ControlOf(ShortcutAction.Hold));
        Assert.Null(KeyboardShortcuts.ControlOf(ShortcutAction.DialPad));
    }
}
