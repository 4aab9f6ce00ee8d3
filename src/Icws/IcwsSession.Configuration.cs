using PureConnect.Icws.Json;

namespace PureConnect.Icws;

/// <summary>
/// What the login needs from the configuration API (§9.1 conventions): the workstations and the user's rights.
/// Both are tolerant: a server that refuses or does not serve them gives "unknown", never an exception.
/// </summary>
public sealed partial class IcwsSession
{
    /// <summary>Ids of the configured stations (<c>GET configuration/stations?select=configurationId</c>); empty when unavailable.</summary>
    public async Task<IReadOnlyList<string>> GetStationIdsAsync(CancellationToken ct = default)
    {
        try
        {
            var response = await SendAsync(HttpMethod.Get, "configuration/stations?select=configurationId", ct: ct).ConfigureAwait(false);
            return response.ReadOrDefault(ConfigurationJson.ReadItemIds, []);
        }
        catch (IcwsException ex) when (ex is IcwsRequestException or IcwsProtocolException)
        {
            return [];
        }
    }

    /// <summary>
    /// Whether the user holds the right named <see cref="IcwsClientOptions.RemoteStationsRight"/>
    /// (<c>GET configuration/users/{userId}?select=securityRights</c>); null when the server does not say.
    /// </summary>
    public async Task<bool?> CanUseRemoteStationsAsync(CancellationToken ct = default)
    {
        try
        {
            var path = $"configuration/users/{Segment(UserId)}?select=securityRights&rightsFilter=loggedInUser";
            var response = await SendAsync(HttpMethod.Get, path, ct: ct).ConfigureAwait(false);
            return response.ReadOrDefault(root => ConfigurationJson.ReadRight(root, _options.RemoteStationsRight), null);
        }
        catch (IcwsException ex) when (ex is IcwsRequestException or IcwsProtocolException)
        {
            return null;
        }
    }

    /// <summary>
    /// Which of <paramref name="rights"/> the user holds (<c>GET configuration/users/{userId}?select=securityRights</c>); null when the
    /// server does not say ([U]: right names are settings of the caller).
    /// </summary>
    public async Task<IReadOnlyDictionary<string, bool>?> GetSecurityRightsAsync(IReadOnlyList<string> rights, CancellationToken ct = default)
    {
        try
        {
            var path = $"configuration/users/{Segment(UserId)}?select=securityRights&rightsFilter=loggedInUser";
            var response = await SendAsync(HttpMethod.Get, path, ct: ct).ConfigureAwait(false);
            return response.ReadOrDefault<IReadOnlyDictionary<string, bool>?>(root =>
            {
                var held = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
                foreach (var right in rights)
                {
                    if (ConfigurationJson.ReadRight(root, right) is not { } granted)
                    {
                        return null;
                    }

                    held[right] = granted;
                }

                return held;
            }, null);
        }
        catch (IcwsException ex) when (ex is IcwsRequestException or IcwsProtocolException)
        {
            return null;
        }
    }

    /// <summary>The workgroups the user is an active member of (<c>GET configuration/users/{userId}?select=workgroups</c>); empty when the
    /// server does not say.</summary>
    public async Task<IReadOnlyList<string>> GetActiveWorkgroupsAsync(CancellationToken ct = default)
    {
        try
        {
            var response = await SendAsync(HttpMethod.Get, $"configuration/users/{Segment(UserId)}?select=workgroups", ct: ct).ConfigureAwait(false);
            return response.ReadOrDefault<IReadOnlyList<string>>(root =>
                JsonRead.TryGet(root, "workgroups", out var items) ? ConfigurationJson.ReadItemIds(items) : [], []);
        }
        catch (IcwsException ex) when (ex is IcwsRequestException or IcwsProtocolException)
        {
            return [];
        }
    }
}
