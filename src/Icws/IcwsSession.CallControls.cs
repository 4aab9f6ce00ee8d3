using System.Text.Json.Nodes;
using PureConnect.Icws.Json;

namespace PureConnect.Icws;

/// <summary>Recording, secure pause, DTMF, voicemail, assistance, and pickup that holds the other calls (§7.4).</summary>
public sealed partial class IcwsSession
{
    /// <summary>Starts or stops an ad hoc recording (<c>record {on, supervisor}</c>).</summary>
    public Task RecordAsync(string interactionId, bool on, bool supervisor = false, CancellationToken ct = default) =>
        CommandAsync(interactionId, "record", CallControlJson.Record(on, supervisor), ct);

    /// <summary>Starts or stops a snippet recording (<c>record-snippet {on, supervisor}</c>); an active ad hoc recording merges into it.</summary>
    public Task RecordSnippetAsync(string interactionId, bool on, bool supervisor = false, CancellationToken ct = default) =>
        CommandAsync(interactionId, "record-snippet", CallControlJson.Record(on, supervisor), ct);

    /// <summary>
    /// Securely pauses recording (<c>secure-pause</c>); repeating restarts the pause. <paramref name="duration"/> is sent
    /// in whole seconds ([U] unit) and only with <see cref="SecurePauseType.SpecifiedTimeout"/>.
    /// </summary>
    public Task SecurePauseAsync(string interactionId, SecurePauseType type, TimeSpan? duration = null, CancellationToken ct = default)
    {
        if (type == SecurePauseType.SpecifiedTimeout && duration is not { TotalSeconds: >= 1 })
            throw new ArgumentOutOfRangeException(nameof(duration), "A specified timeout needs a duration of at least one second.");

        var body = new JsonObject { ["securePauseType"] = (int)type };
        if (type == SecurePauseType.SpecifiedTimeout)
            body["duration"] = (int)Math.Ceiling(duration!.Value.TotalSeconds);
        return CommandAsync(interactionId, "secure-pause", body, ct);
    }

    /// <summary>Sends DTMF tones on a connected call (<c>send-digits {dtmfDigits}</c>).</summary>
    public Task SendDigitsAsync(string interactionId, string digits, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(digits);
        return CommandAsync(interactionId, "send-digits", new JsonObject { ["dtmfDigits"] = digits }, ct);
    }

    /// <summary>Sends an alerting or connected call to the user's voicemail (<c>send-to-voicemail</c>).</summary>
    public Task SendToVoicemailAsync(string interactionId, CancellationToken ct = default) =>
        CommandAsync(interactionId, "send-to-voicemail", null, ct);

    /// <summary>Asks the workgroup's supervisors for help with an ACD interaction (<c>agent-assistance</c> → 201); returns
    /// the request id when the server sends one ([U] body). Never retried.</summary>
    public async Task<string?> RequestAssistanceAsync(string interactionId, string? notes = null, CancellationToken ct = default)
    {
        var body = new JsonObject();
        if (!string.IsNullOrEmpty(notes))
            body["notes"] = notes;
        var response = await SendAsync(HttpMethod.Post, $"interactions/{Segment(interactionId)}/agent-assistance", body, ct).ConfigureAwait(false);
        return response.ReadOrDefault(CallControlJson.ReadRequestId, null);
    }

    /// <summary>
    /// Picks up a call after holding <paramref name="connectedInteractionIds"/>. CIC holds them itself on pickup ([U]);
    /// holding first keeps the behaviour the same on a server that does not.
    /// </summary>
    public async Task PickupHoldingOthersAsync(string interactionId, IEnumerable<string> connectedInteractionIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(connectedInteractionIds);
        foreach (var other in connectedInteractionIds.Where(id => id != interactionId))
            await HoldAsync(other, on: true, ct).ConfigureAwait(false);
        await PickupAsync(interactionId, ct).ConfigureAwait(false);
    }
}
