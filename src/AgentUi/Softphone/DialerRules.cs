using System.Globalization;
using PureConnect.AgentUi.AgentApi;

namespace PureConnect.AgentUi.Softphone;

/// <summary>What the softphone shows of Interaction Dialer, pure (spec: "Interaction Dialer campaigns").</summary>
public static class DialerRules
{
    /// <summary>The preview countdown: time left until the server places the call; null without a timer or once placed.</summary>
    public static TimeSpan? PreviewTimeLeft(DialerCallInfo? call, DateTimeOffset now) =>
        call is { Placed: false, PreviewDeadline: { } deadline } ? deadline > now ? deadline - now : TimeSpan.Zero : null;

    public static bool ShowsPreviewButtons(DialerCallInfo? call) => call is { Mode: "Preview", Placed: false };

    /// <summary>The callback form appears for a disposition that schedules one, on a campaign that allows callbacks.</summary>
    public static bool AsksCallback(DialerCallInfo call, string? label) =>
        call.AllowCallbacks && call.Dispositions.FirstOrDefault(d => d.Label == label) is { SchedulesCallback: true };

    /// <summary>"If the caller is in a different time zone, as configured on the campaign, the form opens to the Their Time tab."</summary>
    public static bool OpensOnTheirTime(DialerCallInfo call) => call.Campaign.TimeZone is not null;

    /// <summary>Campaigns the agent may toggle: those available and those logged in to (a stopped one still listed until left).</summary>
    public static IReadOnlyList<(DialerCampaignInfo Campaign, bool On)> Toggles(DialerInfo dialer) =>
        [.. dialer.AvailableCampaigns.Concat(dialer.Campaigns).DistinctBy(c => c.Id)
            .OrderBy(c => c.Name, StringComparer.CurrentCulture)
            .Select(c => (c, dialer.Campaigns.Any(j => j.Id == c.Id)))];

    public static bool AllOn(DialerInfo dialer) =>
        dialer.AvailableCampaigns.Count > 0 && dialer.AvailableCampaigns.All(a => dialer.Campaigns.Any(c => c.Id == a.Id));

    /// <summary>The <c>callbackAt</c> to send: the agent's local date and time with the browser's offset ("My Time"), or without
    /// offset for "Their Time" (the server reads it in the campaign's zone); null when a part is missing.</summary>
    public static string? CallbackAt(DateOnly? date, TimeOnly? time, bool theirTime, TimeSpan agentUtcOffset)
    {
        if (date is not { } d || time is not { } t)
        {
            return null;
        }

        var local = d.ToDateTime(t);
        return theirTime
            ? local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)
            : new DateTimeOffset(local, agentUtcOffset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }
}
