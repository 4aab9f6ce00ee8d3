using System.Globalization;
using System.Text.Json.Nodes;
using PureConnect.Grains.Agents.Presence;
using PureConnect.Salesforce.Streaming;

namespace PureConnect.CrmProjector.OmniPresence;

/// <summary>A user's Omni-Channel presence as the org shows it (<see cref="OmniIds.Offline"/> once logged out).</summary>
public readonly record struct PresenceRow(string UserId, string StatusId, DateTimeOffset StartedAt);

/// <summary>
/// Turns a batch of <c>UserServicePresenceChangeEvent</c>s into presences, oldest event first. A change event carries only the fields
/// that changed: a CREATE (a new current presence) has them all, the UPDATE that ends a presence names only the row. So the reader keeps
/// whose row is whose (from creates and reads); a row that ends with no new one for its user is a log-out, at its end date. Anything it
/// cannot place (an unknown row, a delete, a gap) asks for a read of the current presences instead. Pure: no I/O.
/// </summary>
public sealed class PresenceChangeReader
{
    private readonly Dictionary<string, string> _owners = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _rowOf = new(StringComparer.Ordinal);

    /// <summary>The user's current row, as a read of <c>UserServicePresence</c> showed it.</summary>
    public void Learn(string rowId, string userId)
    {
        if (_rowOf.TryGetValue(userId, out var previous))
            _owners.Remove(previous);
        (_owners[rowId], _rowOf[userId]) = (userId, rowId);
    }

    public (IReadOnlyList<PresenceRow> Presences, bool ReadAll, long? LastReplayId) Read(IReadOnlyList<JsonObject> events)
    {
        var current = new Dictionary<string, PresenceRow>(StringComparer.Ordinal);
        var readAll = false;
        long? last = null;
        foreach (var data in events)
        {
            last = StreamingSubscription.ReplayIdOf(data) ?? last;
            var payload = data["payload"] as JsonObject;
            var header = payload?["ChangeEventHeader"] as JsonObject;
            var rows = header?["recordIds"]?.AsArray().Select(r => r?.GetValue<string>()).OfType<string>().ToList() ?? [];
            switch (Text(header, "changeType"))
            {
                case "CREATE" when Bool(payload, "IsCurrentState") == true && Text(payload, "UserId") is { } user && Text(payload, "ServicePresenceStatusId") is { } status
                    && Time(payload, "StatusStartDate") is { } started && rows.Count == 1:
                    Learn(rows[0], user);
                    current[user] = new PresenceRow(user, status, started);
                    break;
                case "UPDATE" when Bool(payload, "IsCurrentState") == false:
                    foreach (var row in rows)
                    {
                        if (!_owners.TryGetValue(row, out var owner))
                        {
                            readAll = true;
                            continue;
                        }

                        if (_rowOf.GetValueOrDefault(owner) == row)
                        {
                            var ended = Time(payload, "StatusEndDate") ?? Commit(header);
                            current[owner] = new PresenceRow(owner, OmniIds.Offline, ended);
                            _rowOf.Remove(owner);
                        }

                        _owners.Remove(row);
                    }

                    break;
                case "UPDATE" or "CREATE":
                    break; // a field that does not move a presence (or a row that is not current)
                default:
                    readAll = true; // DELETE, UNDELETE, GAP_*: read what is current
                    break;
            }
        }

        return ([.. current.Values], readAll, last);
    }

    private static string? Text(JsonObject? o, string field) => o?[field] is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;

    private static bool? Bool(JsonObject? o, string field) => o?[field] is JsonValue v && v.TryGetValue<bool>(out var b) ? b : null;

    private static DateTimeOffset? Time(JsonObject? o, string field) =>
        Text(o, field) is { } text && DateTimeOffset.TryParse(text.Replace("+0000", "Z", StringComparison.Ordinal), CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal, out var at) ? at : null;

    private static DateTimeOffset Commit(JsonObject? header) =>
        header?["commitTimestamp"] is JsonValue v && v.TryGetValue<long>(out var ms) ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : DateTimeOffset.UnixEpoch;
}
