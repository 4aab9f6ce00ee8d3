using System.Text.Json;
using PureConnect.AgentUi.AgentApi;

namespace PureConnect.AgentUi.Softphone;

/// <summary>
/// Call-log fields the agent typed but has not saved, kept in the browser's session storage per interaction so that a reload (or a
/// dropped circuit) does not lose them; the save clears it. <see cref="Shown"/> is what the server held when the agent edited, so a
/// restore lets the fields the agent did not touch follow the server (<see cref="CallLogRules.Merge"/>).
/// </summary>
public sealed record CallLogDraft(CallLogChange Shown, CallLogChange Edited)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The session-storage key of the draft of one interaction.</summary>
    public static string StorageKey(string interactionKey) => "call-log-draft:" + interactionKey;

    /// <summary>The form's fields after a reload, over the server's current fields.</summary>
    public CallLogChange RestoreOnto(CallLogChange server) => CallLogRules.Merge(Shown, Edited, server);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>The stored draft, or null when there is none or it cannot be read (written by another version).</summary>
    public static CallLogDraft? FromJson(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<CallLogDraft>(json, Json) is { Shown: not null, Edited: not null } draft ? draft : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
