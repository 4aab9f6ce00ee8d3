using PureConnect.Grains.Text;
using PureConnect.Icws;
using PureConnect.Icws.Messages;

namespace PureConnect.IcwsIngest;

/// <summary>
/// Text from CIC cleaned where it comes in: attribute values (names, addresses, custom attributes), status notes
/// and forward numbers lose their control characters and broken Unicode (<see cref="ControlCharacters"/>), so that
/// nothing CIC sends can poison the event store. Each function says how many texts it changed.
/// </summary>
public static class IncomingText
{
    public static InteractionSnapshot Clean(InteractionSnapshot snapshot, out int cleaned)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        cleaned = 0;
        Dictionary<string, string>? attributes = null;
        foreach (var (name, value) in snapshot.Attributes)
        {
            var cleanName = ControlCharacters.Strip(name);
            var cleanValue = ControlCharacters.Strip(value);
            if (ReferenceEquals(cleanName, name) && ReferenceEquals(cleanValue, value))
            {
                continue;
            }

            cleaned++;
            attributes ??= new Dictionary<string, string>(snapshot.Attributes, StringComparer.OrdinalIgnoreCase);
            attributes.Remove(name);
            attributes[cleanName] = cleanValue;
        }

        return attributes is null ? snapshot : snapshot with { Attributes = attributes };
    }

    public static UserStatus Clean(UserStatus status, out int cleaned)
    {
        ArgumentNullException.ThrowIfNull(status);
        cleaned = 0;
        var statusId = Strip(status.StatusId, ref cleaned);
        var notes = Strip(status.Notes, ref cleaned);
        var forwardNumber = Strip(status.ForwardNumber, ref cleaned);
        return cleaned == 0 ? status : status with { StatusId = statusId!, Notes = notes, ForwardNumber = forwardNumber };
    }

    private static string? Strip(string? text, ref int cleaned)
    {
        if (text is null)
        {
            return null;
        }

        var clean = ControlCharacters.Strip(text);
        if (!ReferenceEquals(clean, text))
        {
            cleaned++;
        }

        return clean;
    }
}
