using System.Collections.Concurrent;
using System.Globalization;

namespace PureConnect.Grains.Interactions;

/// <summary>The call log's default subject (spec, Call log details): the interaction type plus date and time in the call center's
/// locale, e.g. <c>Call 8/10/2015, 8:55:17 AM</c>. One rule for the projector (the Task) and the softphone (the call-log view).</summary>
public static class CallLogSubject
{
    // The framework's own look-ups take a lock on every call; the projector formats a subject for every event it folds.
    private static readonly ConcurrentDictionary<string, CultureInfo> Cultures = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, TimeZoneInfo> TimeZones = new(StringComparer.Ordinal);

    public static string Format(string objectType, DateTimeOffset at, string culture, string timeZone)
    {
        var locale = Cultures.GetOrAdd(culture, CultureInfo.GetCultureInfo);
        var local = TimeZoneInfo.ConvertTime(at, TimeZones.GetOrAdd(timeZone, TimeZoneInfo.FindSystemTimeZoneById));
        var format = locale.DateTimeFormat;
        var text = local.ToString(format.ShortDatePattern, locale) + ", " + local.ToString(format.LongTimePattern, locale);
        // ICU writes a narrow no-break space before AM/PM; Salesforce users see a plain space.
        return $"{(objectType.Length > 0 ? objectType : "Call")} {text.Replace('\u202F', ' ').Replace('\u00A0', ' ')}";
    }
}
