using PureConnect.Icws.Json;

namespace PureConnect.Icws;

/// <summary>Station connection (§3).</summary>
public sealed partial class IcwsSession
{
    /// <summary>Connects the session to a station, replacing any previous one (<c>PUT connection/station</c>).</summary>
    public Task SetStationAsync(StationSettings settings, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return SendAsync(HttpMethod.Put, "connection/station", StationJson.Write(settings), ct);
    }

    /// <summary>The session's station, or null when it has none (the server answers 400/404 then).</summary>
    public async Task<StationInfo?> GetStationAsync(CancellationToken ct = default)
    {
        try
        {
            var response = await SendAsync(HttpMethod.Get, "connection/station", ct: ct).ConfigureAwait(false);
            return response.ReadOrDefault<StationInfo?>(StationJson.ReadStationInfo, null);
        }
        catch (IcwsRequestException ex) when (ex.StatusCode is 400 or 404)
        {
            return null;
        }
    }

    /// <summary>Disconnects the session from its station (<c>DELETE connection/station</c>); the server may end the session too.</summary>
    public Task DisconnectStationAsync(CancellationToken ct = default) => SendAsync(HttpMethod.Delete, "connection/station", ct: ct);
}
