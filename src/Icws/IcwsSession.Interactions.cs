using System.Text.Json.Nodes;
using PureConnect.Icws.Json;

namespace PureConnect.Icws;

/// <summary>Interaction commands and attributes (§7).</summary>
public sealed partial class IcwsSession
{
    /// <summary>Answers an alerting interaction or takes it off hold.</summary>
    public Task PickupAsync(string interactionId, CancellationToken ct = default) => CommandAsync(interactionId, "pickup", null, ct);

    /// <summary>Disconnects an interaction.</summary>
    public Task DisconnectAsync(string interactionId, CancellationToken ct = default) => CommandAsync(interactionId, "disconnect", null, ct);

    /// <summary>Holds (<paramref name="on"/>) or retrieves an interaction.</summary>
    public Task HoldAsync(string interactionId, bool on, CancellationToken ct = default) =>
        CommandAsync(interactionId, "hold", InteractionJson.OnOff(on), ct);

    /// <summary>Mutes (<paramref name="on"/>) or unmutes an interaction.</summary>
    public Task MuteAsync(string interactionId, bool on, CancellationToken ct = default) =>
        CommandAsync(interactionId, "mute", InteractionJson.OnOff(on), ct);

    /// <summary>Places a call, optionally on behalf of a workgroup; returns the new interaction id. Never retried.</summary>
    public Task<string> MakeCallAsync(string target, string? workgroup = null, CancellationToken ct = default) =>
        MakeCallAsync(target, workgroup, accountCodeId: null, ct);

    /// <summary>Places a call with Advanced Dial options: on behalf of a workgroup and with an account code
    /// (ignored by servers with account codes disabled); returns the new interaction id. Never retried.</summary>
    public Task<string> MakeCallAsync(string target, string? workgroup, string? accountCodeId, CancellationToken ct = default) =>
        MakeCallAsync(target, workgroup, accountCodeId, additionalAttributes: null, ct);

    /// <summary>Places a call with Advanced Dial options and interaction attributes set from the start
    /// (<c>additionalAttributes</c>, §7.2: CIC handlers see them too); returns the new interaction id. Never retried.</summary>
    public async Task<string> MakeCallAsync(
        string target, string? workgroup, string? accountCodeId, IReadOnlyDictionary<string, string>? additionalAttributes, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(target);
        var body = InteractionJson.MakeCall(target, workgroup, additionalAttributes);
        if (!string.IsNullOrEmpty(accountCodeId))
            body["accountCodeId"] = accountCodeId;
        var response = await SendAsync(HttpMethod.Post, "interactions", body, ct).ConfigureAwait(false);
        return response.Read(root => JsonRead.RequiredString(root, "interactionId"));
    }

    /// <summary>Reads attributes of an interaction (names case-insensitive; null values read as "").</summary>
    public async Task<IReadOnlyDictionary<string, string>> GetAttributesAsync(
        string interactionId, IReadOnlyList<string> names, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(names);
        var path = $"interactions/{Segment(interactionId)}";
        if (names.Count > 0)
            path += "?select=" + string.Join(",", names.Select(Uri.EscapeDataString));
        var response = await SendAsync(HttpMethod.Get, path, ct: ct).ConfigureAwait(false);
        return response.Read(InteractionJson.ReadAttributes);
    }

    /// <summary>
    /// Looks one interaction up (<c>GET interactions/{id}?select=...</c>): its attributes, or null when CIC no longer has
    /// it (404: ended and deallocated). Other failures throw as usual.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>?> FindAttributesAsync(
        string interactionId, IReadOnlyList<string> names, CancellationToken ct = default)
    {
        try
        {
            return await GetAttributesAsync(interactionId, names, ct).ConfigureAwait(false);
        }
        catch (IcwsRequestException ex) when (ex.StatusCode == 404)
        {
            return null;
        }
    }

    /// <summary>Sets attributes of an interaction (<c>POST interactions/{id}</c>).</summary>
    public Task SetAttributesAsync(string interactionId, IReadOnlyDictionary<string, string> attributes, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        return SendAsync(HttpMethod.Post, $"interactions/{Segment(interactionId)}", InteractionJson.SetAttributes(attributes), ct);
    }

    private Task CommandAsync(string interactionId, string verb, JsonObject? body, CancellationToken ct) =>
        SendAsync(HttpMethod.Post, $"interactions/{Segment(interactionId)}/{verb}", body, ct);
}
