using PureConnect.Icws.Json;

namespace PureConnect.Icws;

/// <summary>Conferences (§7.5).</summary>
public sealed partial class IcwsSession
{
    /// <summary>Merges two or more calls (<c>POST interactions/conferences</c> → 201); returns the conference id, which
    /// member interactions carry as <c>Eic_ConferenceId</c> and <c>conferenceParentId</c>. Never retried.</summary>
    public async Task<string> CreateConferenceAsync(IReadOnlyList<string> interactionIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(interactionIds);
        var response = await SendAsync(HttpMethod.Post, "interactions/conferences", CallControlJson.Interactions(interactionIds), ct).ConfigureAwait(false);
        return response.Read(root => JsonRead.RequiredString(root, "conferenceId"));
    }

    /// <summary>Adds calls to a conference (<c>PUT interactions/conferences/{conferenceId}</c>).</summary>
    public Task AddToConferenceAsync(string conferenceId, IReadOnlyList<string> interactionIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(interactionIds);
        return SendAsync(HttpMethod.Put, $"interactions/conferences/{Segment(conferenceId)}", CallControlJson.Interactions(interactionIds), ct);
    }
}
