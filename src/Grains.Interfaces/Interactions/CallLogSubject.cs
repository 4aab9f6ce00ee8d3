using System.Globalization;

namespace PureConnect.Grains.Interactions;

/// <summary>The call log's default subject (spec, Call log details): the interaction type plus date and time in the call center's
/// locale, e.g. <c>Call 8/10/2015, 8:55:17 AM</c>. One rule for the projector (the Task) and the softphone (the call-log view).</summary>
public static class CallLogSubject
{
    public static string Format(string objectType, DateTimeOffset at, string culture, string timeZone)
    {
        var locale = CultureInfo.GetCultureInfo(culture);
        var local = TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById(timeZone));
        var format = locale.DateTimeFormat;
        var text = local.ToString(format.ShortDatePattern, locale) + ", " + local.ToString(format.LongTimePattern, locale);
        // ICU writes a narrow no-break space before AM/PM; Salesforce users see a plain space.
        return $"{(objectType.Length > 0 ? objectType : "Call")} {text.Replace('\u202F', ' ').Replace('\u00A0', ' ')}";
    }
}
