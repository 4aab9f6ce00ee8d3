using PureConnect.Icws.Json;

namespace PureConnect.Icws;

/// <summary>Blind and consult transfer (§7.4, §7.5).</summary>
public sealed partial class IcwsSession
{
    /// <summary>Transfers without speaking to the recipient (<c>POST interactions/{id}/blind-transfer</c>): a user, a
    /// workgroup, an attendant profile or an outside number.</summary>
    public Task BlindTransferAsync(string interactionId, TransferTarget target, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        return CommandAsync(interactionId, "blind-transfer", CallControlJson.Transfer(target), ct);
    }

    /// <summary>Transfers to a user's voicemail (<c>transfer-to-voicemail</c>); servers may refuse it (see
    /// <see cref="IcwsCallControlErrors.VoicemailTransferNotSupported"/>).</summary>
    public Task TransferToVoicemailAsync(string interactionId, TransferTarget target, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        return CommandAsync(interactionId, "transfer-to-voicemail", CallControlJson.Transfer(target), ct);
    }

    /// <summary>Starts a consult (<c>POST interactions/{id}/consult</c> → 201): the original party is held and the
    /// consulted party called. Never retried.</summary>
    public async Task<ConsultStarted> ConsultAsync(
        string interactionId, TransferTarget target, IReadOnlyDictionary<string, string>? additionalAttributes = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        var body = CallControlJson.Transfer(target);
        if (additionalAttributes is { Count: > 0 })
            body["additionalAttributes"] = InteractionJson.SetAttributes(additionalAttributes)["attributes"]!.DeepClone();
        var response = await SendAsync(HttpMethod.Post, $"interactions/{Segment(interactionId)}/consult", body, ct).ConfigureAwait(false);
        return response.Read(CallControlJson.ReadConsult);
    }

    /// <summary>Chooses who the agent talks to during a consult (<c>consult/{consultId}/change-audience</c>).</summary>
    public Task ChangeConsultAudienceAsync(string interactionId, string consultId, ConsultAudience audience, CancellationToken ct = default) =>
        SendAsync(HttpMethod.Post, $"interactions/{Segment(interactionId)}/consult/{Segment(consultId)}/change-audience", CallControlJson.Audience(audience), ct);

    /// <summary>Completes the transfer (<c>consult/{consultId}/conclude</c>): the original party joins the consulted party.</summary>
    public Task ConcludeConsultAsync(string interactionId, string consultId, CancellationToken ct = default) =>
        SendAsync(HttpMethod.Post, $"interactions/{Segment(interactionId)}/consult/{Segment(consultId)}/conclude", ct: ct);

    /// <summary>
    /// Drops the consulted party only (<c>DELETE consult/{consultId}</c>). Returns false when the consult was already
    /// over (404: the consulted party hung up, or the consult completed), which is what cancelling wants.
    /// </summary>
    public async Task<bool> CancelConsultAsync(string interactionId, string consultId, CancellationToken ct = default)
    {
        try
        {
            await SendAsync(HttpMethod.Delete, $"interactions/{Segment(interactionId)}/consult/{Segment(consultId)}", ct: ct).ConfigureAwait(false);
            return true;
        }
        catch (IcwsRequestException ex) when (ex.StatusCode == 404 && ex.ErrorId is not IcwsCallControlErrors.InvalidState)
        {
            return false;
        }
    }
}
