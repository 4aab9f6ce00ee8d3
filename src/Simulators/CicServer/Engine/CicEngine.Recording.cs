namespace PureConnect.Simulators.CicServer.Engine;

// Ad hoc and snippet recordings with the help's precedence rules, and secure pause (reference §7.4; help "Record a
// call", "Snippet Recording Precedence", "Securely pause a recording").
public sealed partial class CicEngine
{
    private readonly List<Recording> _recordings = [];
    private readonly Dictionary<string, SecurePause> _securePauses = new(StringComparer.Ordinal);
    private long _nextRecordingId = 1;

    /// <summary>
    /// Starts or stops the user's ad hoc recording (Record Interactions right). Refused while a snippet recording of the
    /// call is active ("you cannot start an ad hoc recording"); stopping also stops a snippet the user's ad hoc
    /// recording was merged into ("either the Record or Snip button").
    /// </summary>
    public void Record(Session session, string interactionId, bool on, bool supervisor) => Run(() =>
    {
        var (call, user) = Recordable(session, interactionId, supervisor);
        if (!user.Rights.RecordInteractions)
        {
            throw new IcwsErrorException(403, ErrorIds.RecordRightMissing, "The user lacks the Record Interactions right.");
        }

        var adHoc = ActiveRecording(call, user, snippet: false);
        if (on && adHoc is null)
        {
            if (_recordings.Exists(r => r.IsActive && r.IsSnippet && r.InteractionId == call.Id))
            {
                throw new IcwsErrorException(400, ErrorIds.SnippetRecordingActive, $"A snippet recording of interaction {call.Id} is active.");
            }

            _recordings.Add(new Recording(NextRecordingId(), call.Id, snippet: false, user.Id, supervisor, Now));
        }
        else if (!on)
        {
            var stopped = adHoc ?? _recordings.Find(r => r.IsActive && r.IsSnippet && r.MergedFrom is not null
                && r.InteractionId == call.Id && r.UserId == user.Id);
            stopped?.StoppedAt = Now;
        }

        UpdateRecordingAttributes(call);
    });

    /// <summary>
    /// Starts or stops the user's snippet recording (Snip Interactions right, Recorder Access license, snippet recordings
    /// enabled). An active ad hoc recording of the user merges into it, which then counts from the ad hoc start.
    /// Not while a secure pause is active.
    /// </summary>
    public void RecordSnippet(Session session, string interactionId, bool on, bool supervisor) => Run(() =>
    {
        var (call, user) = Recordable(session, interactionId, supervisor);
        if (!_options.CallControls.SnippetRecordingsEnabled)
        {
            throw new IcwsErrorException(400, ErrorIds.SnippetRecordingsDisabled, "Interaction Recorder does not have snippet recordings enabled.");
        }

        if (!user.Rights.SnipInteractions)
        {
            throw new IcwsErrorException(403, ErrorIds.SnipRightMissing, "The user lacks the Snip Interactions right.");
        }

        if (!user.Rights.RecorderAccessLicense)
        {
            throw new IcwsErrorException(403, ErrorIds.RecorderLicenseMissing, "The user has no Recorder Access license.");
        }

        var snippet = ActiveRecording(call, user, snippet: true);
        if (on && snippet is null)
        {
            if (_securePauses.GetValueOrDefault(call.Id) is { IsActive: true })
            {
                throw new IcwsErrorException(400, ErrorIds.SecurePauseActive, $"Interaction {call.Id} is securely paused.");
            }

            var adHoc = ActiveRecording(call, user, snippet: false);
            snippet = new Recording(NextRecordingId(), call.Id, snippet: true, user.Id, supervisor, adHoc?.StartedAt ?? Now);
            if (adHoc is not null)
            {
                adHoc.StoppedAt = Now;
                adHoc.MergedInto = snippet.Id;
                snippet.MergedFrom = adHoc.Id;
            }

            _recordings.Add(snippet);
        }
        else if (!on)
        {
            snippet?.StoppedAt = Now;
        }

        UpdateRecordingAttributes(call);
    });

    /// <summary>
    /// Secure pause: type 1 for the configured default length, 2 until resumed (at most the maximum), 3 for
    /// <paramref name="duration"/> (at most the maximum), 4 resumes. Repeating a pause restarts its full length.
    /// Not while a snippet recording is active.
    /// </summary>
    public void SecurePause(Session session, string interactionId, int type, int? duration) => Run(() =>
    {
        var call = FindOwned(session, interactionId);
        if (!call.IsLive)
        {
            throw InvalidState(call, "secure-pause");
        }

        var controls = _options.CallControls;
        var pause = _securePauses.GetValueOrDefault(call.Id) is { IsActive: true } active ? active : null;
        if (type == 4)
        {
            if (!controls.SecurePauseResumeAllowed)
            {
                throw new IcwsErrorException(400, ErrorIds.SecurePauseActive, "A secure pause cannot be cancelled once started.");
            }

            EndSecurePause(call, pause);
            return;
        }

        if (_recordings.Exists(r => r.IsActive && r.IsSnippet && r.InteractionId == call.Id))
        {
            throw new IcwsErrorException(400, ErrorIds.SnippetRecordingActive, "Secure pause is not available during a snippet recording.");
        }

        var length = type switch
        {
            1 => controls.SecurePauseDefaultDuration,
            2 => controls.SecurePauseMaxDuration,
            3 when duration is > 0 => controls.SecurePauseDurationInMilliseconds ? TimeSpan.FromMilliseconds(duration.Value) : TimeSpan.FromSeconds(duration.Value),
            3 => throw new IcwsErrorException(400, ErrorIds.InvalidRepresentation, "securePauseType 3 needs a positive duration."),
            _ => throw new IcwsErrorException(400, ErrorIds.InvalidRepresentation, $"Unknown securePauseType {type}."),
        };
        if (length > controls.SecurePauseMaxDuration)
        {
            length = controls.SecurePauseMaxDuration;
        }

        if (pause is null)
        {
            pause = new SecurePause(call.Id, session.UserId, Now);
            _securePauses[call.Id] = pause;
            call.Set(Attr.SecurePauseStartTime, IcwsTime.Compact(Now));
        }

        pause.ResumesAt = Now + length;
        var epoch = ++pause.Epoch;
        call.Set(Attr.RecordingsAutoResumeTime, IcwsTime.Compact(pause.ResumesAt));
        After(length, () =>
        {
            if (pause.Epoch == epoch)
            {
                EndSecurePause(call, pause);
            }
        });
    });

    public IReadOnlyList<RecordingSnapshot> ListRecordings(string? interactionId) => Run(() => (IReadOnlyList<RecordingSnapshot>)
        [.. _recordings.Where(r => interactionId is null || r.InteractionId == interactionId).Select(r => r.ToSnapshot())]);

    public IReadOnlyList<SecurePauseSnapshot> ListSecurePauses() =>
        Run(() => (IReadOnlyList<SecurePauseSnapshot>)[.. _securePauses.Values.Select(p => p.ToSnapshot())]);

    /// <summary>A supervisor recording may target any call the user may monitor; otherwise the call must be the user's.</summary>
    private (Interaction Call, SimUser User) Recordable(Session session, string interactionId, bool supervisor)
    {
        EnsureAlive(session);
        var call = FindInteraction(interactionId);
        if (call.User != session.User && !(supervisor && session.User.CanMonitorQueues))
        {
            throw NotYourInteraction(interactionId);
        }

        return call.IsLive ? (call, session.User) : throw InvalidState(call, "record");
    }

    private Recording? ActiveRecording(Interaction call, SimUser user, bool snippet) =>
        _recordings.Find(r => r.IsActive && r.IsSnippet == snippet && r.InteractionId == call.Id && r.UserId == user.Id);

    private string NextRecordingId() => (_nextRecordingId++).ToString("D10", System.Globalization.CultureInfo.InvariantCulture);

    private void UpdateRecordingAttributes(Interaction call)
    {
        var active = _recordings.Where(r => r.IsActive && r.InteractionId == call.Id).ToList();
        call.Set(Attr.Recorders, string.Join(",", active.Where(r => !r.Supervisor).Select(r => r.UserId).Distinct(StringComparer.OrdinalIgnoreCase)));
        call.Set(Attr.RecordersSupervisor, string.Join(",", active.Where(r => r.Supervisor).Select(r => r.UserId).Distinct(StringComparer.OrdinalIgnoreCase)));
        call.Set(Attr.SnippetRecordingId, active.Find(r => r.IsSnippet)?.Id ?? "");
    }

    private void EndSecurePause(Interaction call, SecurePause? pause)
    {
        if (pause is not { IsActive: true })
        {
            return;
        }

        pause.EndedAt = Now;
        pause.Epoch++;
        call.Set(Attr.SecurePauseStartTime, "");
        call.Set(Attr.RecordingsAutoResumeTime, "");
    }

    /// <summary>The agent leaves the call (transfer, conference): their recordings stop, their secure pause ends.</summary>
    private void EndAgentRecordings(Interaction call, SimUser agent)
    {
        foreach (var recording in _recordings.Where(r => r.IsActive && r.InteractionId == call.Id && r.UserId == agent.Id))
        {
            recording.StoppedAt = Now;
        }

        if (_securePauses.GetValueOrDefault(call.Id) is { IsActive: true } pause && pause.UserId == agent.Id)
        {
            EndSecurePause(call, pause);
        }

        if (_recordings.Exists(r => r.InteractionId == call.Id))
        {
            UpdateRecordingAttributes(call);
        }
    }
}
