using PureConnect.Icws.Json;

namespace PureConnect.Icws;

/// <summary>Statuses (§6).</summary>
public sealed partial class IcwsSession
{
    /// <summary>All statuses defined on the server (<c>GET status/status-messages</c>).</summary>
    public async Task<IReadOnlyList<StatusMessage>> GetStatusMessagesAsync(CancellationToken ct = default)
    {
        var response = await SendAsync(HttpMethod.Get, "status/status-messages", ct: ct).ConfigureAwait(false);
        return response.Read(root => StatusJson.ReadStatusMessages(root, "statusMessageList"));
    }

    /// <summary>Ids of the statuses a user may use (<c>GET status/status-messages-user-access/{userId}</c>).</summary>
    public async Task<IReadOnlyList<string>> GetStatusMessagesUserAccessAsync(string userId, CancellationToken ct = default)
    {
        var response = await SendAsync(HttpMethod.Get, $"status/status-messages-user-access/{Segment(userId)}", ct: ct)
            .ConfigureAwait(false);
        return response.Read(root => JsonRead.StringArray(root, "statusMessages"));
    }

    /// <summary>A user's current status (<c>GET status/user-statuses/{userId}</c>).</summary>
    public async Task<UserStatus> GetUserStatusAsync(string userId, CancellationToken ct = default)
    {
        var response = await SendAsync(HttpMethod.Get, $"status/user-statuses/{Segment(userId)}", ct: ct).ConfigureAwait(false);
        return response.Read(StatusJson.ReadUserStatus);
    }

    /// <summary>Sets a user's status (<c>PUT status/user-statuses/{userId}</c>; the server answers 202 and confirms by message).</summary>
    public Task SetUserStatusAsync(string userId, UserStatusUpdate update, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        return SendAsync(HttpMethod.Put, $"status/user-statuses/{Segment(userId)}", StatusJson.WriteUpdate(update), ct);
    }
}
