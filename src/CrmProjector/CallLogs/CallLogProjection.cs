using System.Globalization;
using PureConnect.Grains.Interactions;

namespace PureConnect.CrmProjector.CallLogs;

/// <summary>
/// The call-log rules, pure: how interaction events build a call log, which Task fields it has, and when it
/// may be written. "Every connected interaction creates a call log ... when the call connects", it "updates
/// whenever the call status or call log details change", and agents can update it "for a configurable amount
/// of time after the call disconnects" (spec, Call logs).
/// </summary>
public static class CallLogProjection
{
    public static CallLogState Evolve(CallLogState state, string interactionKey, long version, InteractionEvent @event)
    {
        if (version <= state.Version)
        {
            return state;
        }

        var next = @event switch
        {
            InteractionDiscovered e => state with
            {
                InteractionId = e.InteractionId,
                ObjectType = e.ObjectType.Length > 0 ? e.ObjectType : "Call",
                Direction = e.Direction.ToString(),
                Internal = e.Internal,
                RemoteAddress = e.RemoteAddress,
                RemoteName = e.RemoteName,
                FirstSeenAt = e.InitiatedAt ?? e.OccurredAt,
            },
            InteractionPartyChanged e => state with { RemoteAddress = e.RemoteAddress, RemoteName = e.RemoteName },
            InteractionConnected e => state with { ConnectedAt = state.ConnectedAt ?? e.OccurredAt },
            InteractionDisconnected e => state with { EndedAt = state.EndedAt ?? e.OccurredAt },
            // Call Result: "Wrap-up code assigned after the call is disconnected" (spec, Call log details).
            WrapUpAssigned e => state with { CallResult = e.Code },
            WrapUpTimedOut e => state with { CallResult = e.Code },
            _ => state,
        };
        return next with { InteractionKey = interactionKey, Version = version };
    }

    /// <summary>Whether the call log exists in Salesforce at all: connected calls, and unconnected ones when so configured.</summary>
    public static bool ShouldExist(CallLogState state, CallLogOptions options) =>
        options.Enabled && (state.ConnectedAt is not null || (options.LogUnconnectedCalls && state.EndedAt is not null));

    /// <summary>Past the edit window after the disconnect: no more changes are written.</summary>
    public static bool IsLocked(CallLogState state, CallLogOptions options, DateTimeOffset now) =>
        state.EndedAt is { } ended && now >= ended + options.EditWindow;

    public static CallLogFields Fields(CallLogState state, CallLogOptions options)
    {
        var duration = state is { ConnectedAt: { } start, EndedAt: { } end } ? (int?)Math.Max(0, (int)Math.Round((end - start).TotalSeconds)) : null;
        return new CallLogFields(
            CallObject: state.InteractionKey,
            Subject: Subject(state, options),
            CallType: state.Internal ? "Internal" : state.Direction == nameof(InteractionDirection.Outbound) ? "Outbound" : "Inbound",
            CallDurationInSeconds: duration,
            CallDisposition: state.CallResult,
            Description: state.Comments,
            WhoId: state.WhoId,
            WhatId: state.WhatId,
            Status: state.EndedAt is null ? "In Progress" : "Completed");
    }

    /// <summary>Interaction type plus date and time in the call center's locale, e.g. <c>Call 8/10/2015, 8:55:17 AM</c>.</summary>
    public static string Subject(CallLogState state, CallLogOptions options)
    {
        var culture = CultureInfo.GetCultureInfo(options.Culture);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        var local = TimeZoneInfo.ConvertTime(state.ConnectedAt ?? state.FirstSeenAt ?? DateTimeOffset.UnixEpoch, zone);
        var format = culture.DateTimeFormat;
        var text = local.ToString(format.ShortDatePattern, culture) + ", " + local.ToString(format.LongTimePattern, culture);
        // ICU writes a narrow no-break space before AM/PM; Salesforce users see a plain space.
        return $"{state.ObjectType} {text.Replace('\u202F', ' ').Replace('\u00A0', ' ')}";
    }
}
