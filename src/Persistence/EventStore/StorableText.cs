namespace PureConnect.Persistence.EventStore;

/// <summary>
/// What PostgreSQL cannot store, checked before a round trip: the NUL character, raw in a text column or
/// escaped as <c>\u0000</c> in JSON (<c>jsonb</c> refuses it; <c>System.Text.Json</c> writes NUL that way).
/// </summary>
public static class StorableText
{
    /// <summary>Throws <see cref="UnstorableEventException"/> when an event of the append cannot be stored.</summary>
    public static void ThrowIfUnstorable(string streamId, IReadOnlyList<EventData> events)
    {
        if (streamId.Contains('\0', StringComparison.Ordinal))
        {
            throw new UnstorableEventException(streamId.Replace("\0", "", StringComparison.Ordinal), "the stream id contains a NUL character");
        }

        for (var i = 0; i < events.Count; i++)
        {
            if (events[i].EventType.Contains('\0', StringComparison.Ordinal))
            {
                throw new UnstorableEventException(streamId, $"the type of event {i + 1} contains a NUL character");
            }

            if (!IsStorableJson(events[i].JsonPayload))
            {
                throw new UnstorableEventException(streamId, $"the payload of event {i + 1} ({events[i].EventType}) contains a NUL character");
            }
        }
    }

    /// <summary>False when <paramref name="json"/> holds a raw NUL or a <c>\u0000</c> escape (an escaped backslash before it does not count).</summary>
    public static bool IsStorableJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        for (var at = json.IndexOf("u0000", StringComparison.Ordinal); at >= 0; at = json.IndexOf("u0000", at + 1, StringComparison.Ordinal))
        {
            var backslashes = 0;
            while (at - backslashes - 1 >= 0 && json[at - backslashes - 1] == '\\')
            {
                backslashes++;
            }

            if (backslashes % 2 == 1)
            {
                return false;
            }
        }

        return !json.Contains('\0', StringComparison.Ordinal);
    }
}
