using System.Globalization;

namespace PureConnect.Grains.Dialer;

/// <summary>
/// "Select a disposition for the call": a label the campaign offers; a disposition of the Scheduled category on a campaign
/// that allows callbacks needs a callback time in the future, given with its offset (the agent's time) or, on the "Their
/// Time" tab, as a local time in the campaign's time zone. Pure: the time zone is looked up by id, now is passed in.
/// </summary>
public static class DispositionRules
{
    public static (DialerCallDispositioned? Disposition, DialerRefusal? Refusal) Decide(DialerState state, SubmitDisposition submitted, DateTimeOffset now)
    {
        if (state.Call is not { } call)
        {
            return (null, DialerRefusal.NoCall);
        }

        var option = call.Dispositions.FirstOrDefault(d => string.Equals(d.Label, submitted.Label, StringComparison.Ordinal));
        if (option is null)
        {
            return (null, new DialerRefusal("dialer.unknownDisposition", $"'{submitted.Label}' is not one of this call's dispositions."));
        }

        DialerCallback? callback = null;
        if (option.SchedulesCallback && call.AllowCallbacks)
        {
            var (at, refused) = CallbackTime(submitted, call.Campaign.TimeZone, now);
            if (refused is not null)
            {
                return (null, refused);
            }

            callback = new DialerCallback(at!.Value, submitted.CallbackToMe);
        }
        else if (!string.IsNullOrWhiteSpace(submitted.CallbackAt))
        {
            return (null, new DialerRefusal("dialer.callbackNotAllowed", $"'{option.Label}' does not schedule a callback on this campaign."));
        }

        return (new DialerCallDispositioned(call.InteractionId, option.Label, option.WrapUpCategory, false, option.Abandon, callback, now), null);
    }

    public static DialerCallDispositioned Skip(DialerCall call, DateTimeOffset now) =>
        new(call.InteractionId, "Skipped - Agent Skip", null, true, false, null, now);

    /// <summary>The callback instant: ISO 8601 with an offset, or a local date and time in the campaign's zone ("Their Time").</summary>
    public static (DateTimeOffset? At, DialerRefusal? Refusal) CallbackTime(SubmitDisposition submitted, string? campaignTimeZone, DateTimeOffset now)
    {
        var text = submitted.CallbackAt?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return (null, new DialerRefusal("dialer.callbackTimeRequired", "Choose the date and time of the callback."));
        }

        DateTimeOffset at;
        if (submitted.TheirTime)
        {
            if (campaignTimeZone is null || !TryZone(campaignTimeZone, out var zone))
            {
                return (null, new DialerRefusal("dialer.noCampaignTimeZone", "This campaign has no time zone: give the time with its offset."));
            }

            if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) || local.Kind != DateTimeKind.Unspecified)
            {
                return (null, Malformed());
            }

            at = new DateTimeOffset(local, zone.GetUtcOffset(local));
        }
        else if (!HasOffset(text) || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out at))
        {
            return (null, Malformed());
        }

        return at <= now
            ? (null, new DialerRefusal("dialer.callbackInPast", "The callback time must be in the future."))
            : (at.ToUniversalTime(), null);
    }

    private static DialerRefusal Malformed() =>
        new("dialer.callbackTimeInvalid", "The callback time is not a date and time (ISO 8601, e.g. 2026-03-01T14:30:00+01:00).");

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');

    private static bool TryZone(string id, out TimeZoneInfo zone)
    {
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            zone = TimeZoneInfo.Utc;
            return false;
        }
    }
}
