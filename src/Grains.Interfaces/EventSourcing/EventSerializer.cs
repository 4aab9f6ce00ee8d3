using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PureConnect.Grains.EventSourcing;

/// <summary>
/// Maps event records to their stable stored names (<see cref="EventTypeAttribute"/>) and JSON, and back.
/// Enums are written as names so that analysts can read the payloads.
/// </summary>
public sealed class EventSerializer
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly FrozenDictionary<string, Type> _typesByName;
    private readonly FrozenDictionary<Type, string> _namesByType;

    public EventSerializer(params Assembly[] assemblies)
    {
        var pairs = assemblies
            .SelectMany(a => a.GetTypes())
            .Select(t => (Type: t, Attribute: t.GetCustomAttribute<EventTypeAttribute>()))
            .Where(p => p.Attribute is not null)
            .ToList();
        var duplicate = pairs.GroupBy(p => p.Attribute!.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Event type name '{duplicate.Key}' is used by more than one class.");
        }

        _typesByName = pairs.ToFrozenDictionary(p => p.Attribute!.Name, p => p.Type, StringComparer.Ordinal);
        _namesByType = pairs.ToFrozenDictionary(p => p.Type, p => p.Attribute!.Name);
    }

    /// <summary>The serializer for every event of the grain contracts.</summary>
    public static EventSerializer ForContracts() => new(typeof(EventTypeAttribute).Assembly);

    public string NameOf(object @event) =>
        _namesByType.TryGetValue(@event.GetType(), out var name)
            ? name
            : throw new InvalidOperationException($"{@event.GetType().Name} has no [EventType] name and cannot be stored.");

    public string Serialize(object @event) => JsonSerializer.Serialize(@event, @event.GetType(), JsonOptions);

    /// <summary>Reads an event of a known type; false for a type this version does not know (a newer writer's).</summary>
    public bool TryDeserialize(string eventType, string json, out object? @event)
    {
        @event = _typesByName.ContainsKey(eventType) ? Deserialize(eventType, json) : null;
        return @event is not null;
    }

    public object Deserialize(string eventType, string json) =>
        _typesByName.TryGetValue(eventType, out var type)
            ? JsonSerializer.Deserialize(json, type, JsonOptions)
              ?? throw new InvalidOperationException($"Event {eventType} deserialized to null.")
            : throw new InvalidOperationException($"Unknown stored event type '{eventType}'.");
}
