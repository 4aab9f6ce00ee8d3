using PureConnect.Grains.Agents;
using PureConnect.Grains.Calls;
using PureConnect.Grains.Interactions;
using PureConnect.Replay.Reading;

namespace PureConnect.Replay.Reports.AgentDays;

/// <summary>
/// Per agent per UTC day: time in each status and logged in (from the agent's stream), and the interactions offered,
/// answered, missed, transferred and placed, their talk, hold and wrap-up time and wrap-up codes (from the interactions'
/// streams). Events before the range still set the state (a status chosen yesterday counts today); only time and counts
/// inside the range are reported.
/// </summary>
public sealed class AgentDayReport(ReportRange range, string? agentFilter = null) : IReport
{
    private readonly Dictionary<string, AgentPresence> _agents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AgentCall> _calls = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Agent, DateOnly Day), AgentDayTotals> _totals = [];

    public void Apply(ReplayedEvent replayed)
    {
        var at = replayed.OccurredAt;
        if (range.To is { } to && at >= to)
        {
            return;
        }

        if (replayed.AgentId is { } agent)
        {
            ApplyAgentEvent(agent, replayed.Event, at);
        }
        else if (replayed.InteractionKey is not null)
        {
            ApplyInteractionEvent(replayed.StreamId, replayed.Event, at);
        }
    }

    public ReportTable Finish(DateTimeOffset end)
    {
        foreach (var (agent, presence) in _agents)
        {
            CloseStatus(agent, presence, end);
            CloseLogin(agent, presence, end);
        }

        foreach (var call in _calls.Values.Where(c => c.Owner is not null))
        {
            CloseTalkAndHold(call, call.Owner!, end);
        }

        foreach (var call in _calls.Values.Where(c => c.SecurePausedSince.Count > 0))
        {
            foreach (var user in call.SecurePausedSince.Keys.ToList())
            {
                EndSecurePause(call, user, end);
            }
        }

        return AgentDayTable.Build(_totals);
    }

    private void ApplyAgentEvent(string agent, object @event, DateTimeOffset at)
    {
        var presence = PresenceOf(agent);
        switch (@event)
        {
            case AgentStatusChanged changed:
                CloseStatus(agent, presence, at);
                presence.Status = changed.StatusId;
                presence.StatusSince = at;
                break;
            case AgentLoggedIn:
                presence.LoggedInSince ??= at;
                break;
            case AgentLoggedOut:
                CloseLogin(agent, presence, at);
                break;
        }
    }

    private void ApplyInteractionEvent(string streamId, object @event, DateTimeOffset at)
    {
        if (!_calls.TryGetValue(streamId, out var call))
        {
            _calls[streamId] = call = new AgentCall();
        }

        switch (@event)
        {
            case InteractionDiscovered discovered:
                call.Direction = discovered.Direction;
                call.ObjectType = string.IsNullOrWhiteSpace(discovered.ObjectType) ? "Call" : discovered.ObjectType;
                break;
            case InteractionAssigned assigned:
                TakeOver(call, assigned.UserId, at);
                break;
            case InteractionAlerting { UserId: var user }:
                if ((user ?? call.Owner) is { } alerted)
                {
                    TakeOver(call, alerted, at);
                    if (!call.OfferedToOwner)
                    {
                        call.OfferedToOwner = true;
                        Count(alerted, at, t =>
                        {
                            t.Offered++;
                            t.Of(call.ObjectType, call.Direction).Offered++;
                        });
                    }
                }

                break;
            case InteractionConnected:
                Connect(call, at);
                break;
            case InteractionHeld when call.Owner is { } owner && call.HeldSince is null:
                CloseTalkAndHold(call, owner, at);
                call.HeldSince = at;
                break;
            case InteractionRetrieved when call.Owner is { } owner:
                CloseTalkAndHold(call, owner, at);
                call.TalkingSince = at;
                break;
            case InteractionTransferred transferred:
                Count(transferred.UserId, at, t =>
                {
                    t.Transferred++;
                    _ = transferred.Consulted ? t.TransferredConsult++ : t.TransferredBlind++;
                    t.Of(call.ObjectType, call.Direction).Transferred++;
                });
                EndSecurePause(call, transferred.UserId, at);
                Release(call, at);
                break;
            case SecurePauseStarted paused when !call.SecurePausedSince.ContainsKey(paused.UserId):
                call.SecurePausedSince[paused.UserId] = at;
                Count(paused.UserId, at, t => t.SecurePauses++);
                break;
            case SecurePauseEnded resumed:
                EndSecurePause(call, resumed.UserId, at);
                break;
            case DialerDispositionRecorded disposition:
                var label = disposition.Skipped ? "skipped" : disposition.Label;
                Count(disposition.UserId, at, t => t.Dispositions[label] = t.Dispositions.GetValueOrDefault(label) + 1);
                break;
            case InteractionUnassigned unassigned when unassigned.UserId == call.Owner:
                Release(call, at);
                break;
            case InteractionDisconnected or InteractionSentToVoicemail:
                call.Ended = true;
                foreach (var paused in call.SecurePausedSince.Keys.ToList())
                {
                    EndSecurePause(call, paused, at);
                }

                if (call.Owner is { } last)
                {
                    CloseTalkAndHold(call, last, at);
                    CountMissed(call, last, at);
                }

                break;
            case WrapUpPrompted prompted:
                call.WrapUpUser = prompted.UserId;
                call.WrapUpSince = at;
                break;
            case WrapUpAssigned assigned:
                SettleWrapUp(call, assigned.Code, at);
                break;
            case WrapUpTimedOut timedOut:
                SettleWrapUp(call, timedOut.Code, at);
                break;
        }
    }

    private void Connect(AgentCall call, DateTimeOffset at)
    {
        if (call.Owner is not { } owner)
        {
            return;
        }

        if (call.OfferedToOwner && !call.AnsweredByOwner)
        {
            call.AnsweredByOwner = true;
            Count(owner, at, t =>
            {
                t.Answered++;
                t.Of(call.ObjectType, call.Direction).Answered++;
            });
        }

        call.TalkingSince ??= at;
    }

    /// <summary>The interaction is now <paramref name="user"/>'s; the previous owner's open periods end.</summary>
    private void TakeOver(AgentCall call, string user, DateTimeOffset at)
    {
        if (call.Owner == user)
        {
            return;
        }

        Release(call, at);
        call.Owner = user;
        if (call.Direction == InteractionDirection.Outbound)
        {
            Count(user, at, t => t.Outbound++);
        }
    }

    private void Release(AgentCall call, DateTimeOffset at)
    {
        if (call.Owner is { } owner)
        {
            CloseTalkAndHold(call, owner, at);
            CountMissed(call, owner, at);
        }

        call.Owner = null;
        call.OfferedToOwner = false;
        call.AnsweredByOwner = false;
    }

    private void CountMissed(AgentCall call, string owner, DateTimeOffset at)
    {
        if (call.OfferedToOwner && !call.AnsweredByOwner)
        {
            call.OfferedToOwner = false;
            Count(owner, at, t =>
            {
                t.Missed++;
                t.Of(call.ObjectType, call.Direction).Missed++;
            });
        }
    }

    private void CloseTalkAndHold(AgentCall call, string owner, DateTimeOffset at)
    {
        if (call.TalkingSince is { } talking)
        {
            AddTime(owner, talking, at, (t, d) => t.Talk += d);
            call.TalkingSince = null;
        }

        if (call.HeldSince is { } held)
        {
            AddTime(owner, held, at, (t, d) => t.Hold += d);
            call.HeldSince = null;
        }
    }

    /// <summary>A secure pause of <paramref name="user"/>'s recording ends: its time counts on the days it spanned.</summary>
    private void EndSecurePause(AgentCall call, string user, DateTimeOffset at)
    {
        if (call.SecurePausedSince.Remove(user, out var since))
        {
            AddTime(user, since, at, (t, d) => t.SecurePauseTime += d);
        }
    }

    private void SettleWrapUp(AgentCall call, string code, DateTimeOffset at)
    {
        if ((call.WrapUpUser ?? call.Owner) is not { } user)
        {
            return;
        }

        if (call.WrapUpSince is { } since)
        {
            AddTime(user, since, at, (t, d) => t.WrapUp += d);
        }

        Count(user, at, t => t.WrapUpCodes[code] = t.WrapUpCodes.GetValueOrDefault(code) + 1);
        call.WrapUpUser = null;
        call.WrapUpSince = null;
    }

    private void CloseStatus(string agent, AgentPresence presence, DateTimeOffset at)
    {
        if (presence.Status is { } status)
        {
            AddTime(agent, presence.StatusSince, at, (t, d) => t.StatusTime[status] = t.StatusTime.GetValueOrDefault(status) + d);
            presence.StatusSince = at;
        }
    }

    private void CloseLogin(string agent, AgentPresence presence, DateTimeOffset at)
    {
        if (presence.LoggedInSince is { } since)
        {
            AddTime(agent, since, at, (t, d) => t.LoggedIn += d);
            presence.LoggedInSince = null;
        }
    }

    private AgentPresence PresenceOf(string agent)
    {
        if (!_agents.TryGetValue(agent, out var presence))
        {
            _agents[agent] = presence = new AgentPresence();
        }

        return presence;
    }

    private void Count(string agent, DateTimeOffset at, Action<AgentDayTotals> count)
    {
        if (range.Contains(at) && TotalsOf(agent, DaySplit.DayOf(at)) is { } totals)
        {
            count(totals);
        }
    }

    /// <summary>Adds the part of [start, end) inside the range, each UTC day its share.</summary>
    private void AddTime(string agent, DateTimeOffset start, DateTimeOffset end, Action<AgentDayTotals, TimeSpan> add)
    {
        if (range.Clip(start, end) is not var (clippedStart, clippedEnd))
        {
            return;
        }

        foreach (var (day, duration) in DaySplit.Of(clippedStart, clippedEnd))
        {
            if (TotalsOf(agent, day) is { } totals)
            {
                add(totals, duration);
            }
        }
    }

    private AgentDayTotals? TotalsOf(string agent, DateOnly day)
    {
        if (agentFilter is not null && !string.Equals(agent, agentFilter, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (!_totals.TryGetValue((agent, day), out var totals))
        {
            _totals[(agent, day)] = totals = new AgentDayTotals();
        }

        return totals;
    }
}
