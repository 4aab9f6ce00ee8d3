using System.Globalization;

namespace PureConnect.Simulators.CicServer.Engine;

// DTMF, send to voicemail, supervisor assistance (reference §7.4; help "Call controls", "Request assistance"), and what
// ending a call does to the call controls on it.
public sealed partial class CicEngine
{
    private readonly List<DtmfSent> _dtmf = [];
    private readonly List<AssistanceRequest> _assistance = [];
    private long _nextAssistanceId = 1;

    /// <summary>Sends DTMF tones on a connected call; the simulator records them (control API).</summary>
    public void SendDigits(Session session, string interactionId, string? digits) => Run(() =>
    {
        var call = FindOwned(session, interactionId);
        if (string.IsNullOrEmpty(digits) || !digits.All(c => char.IsAsciiDigit(c) || c is '*' or '#' or ',' or (>= 'A' and <= 'D') or (>= 'a' and <= 'd')))
        {
            throw new IcwsErrorException(400, ErrorIds.InvalidDigits, "dtmfDigits must be DTMF characters (0-9, *, #, A-D, comma for a pause).");
        }

        if (call.State != CallStates.Connected)
        {
            throw InvalidState(call, "send digits on");
        }

        _dtmf.Add(new DtmfSent(call.Id, digits, session.UserId, Now));
    });

    /// <summary>An alerting call (declined to voicemail) or a connected one goes to the user's voicemail: state M,
    /// until the caller hangs up (after <c>VoicemailMessageDuration</c> or through the control API).</summary>
    public void SendToVoicemail(Session session, string interactionId) => Run(() =>
    {
        var call = FindOwned(session, interactionId);
        if (call.State is not (CallStates.Alerting or CallStates.Connected or CallStates.Held) || call.ConferenceParentId is not null
            || IsConferenceInteraction(call) || call.Get(Attr.CallDirection) == "O")
        {
            throw InvalidState(call, "send to voicemail");
        }

        EndAgentRecordings(call, session.User);
        SendToVoicemailCore(call);
    });

    /// <summary>Asks the workgroup's supervisors for help: ACD interactions only, one active request per interaction.</summary>
    public string RequestAssistance(Session session, string interactionId, string? notes) => Run(() =>
    {
        var call = FindOwned(session, interactionId);
        if (!session.User.Rights.RequestAssistance)
        {
            throw new IcwsErrorException(403, ErrorIds.AssistanceRightMissing, "The user lacks the Request Assistance from Supervisors right.");
        }

        if (call.Workgroup is null)
        {
            throw new IcwsErrorException(400, ErrorIds.NotAcdInteraction, $"Interaction {call.Id} was not routed by ACD.");
        }

        if (call.IsDisconnected || call.State is CallStates.Offering)
        {
            throw InvalidState(call, "request assistance for");
        }

        if (_assistance.Exists(a => a.InteractionId == call.Id && a.Status == "Active"))
        {
            throw new IcwsErrorException(400, ErrorIds.AssistanceAlreadyRequested, $"Interaction {call.Id} already has an active assistance request.");
        }

        var request = new AssistanceRequest((_nextAssistanceId++).ToString(CultureInfo.InvariantCulture), call.Id, session.UserId,
            call.Workgroup.Name, notes, Now, "Active");
        _assistance.Add(request);
        return request.RequestId;
    });

    /// <summary>A supervisor completes an assistance request (control API), so the agent may ask again.</summary>
    public void CompleteAssistance(string requestId) => Run(() =>
    {
        var index = _assistance.FindIndex(a => a.RequestId == requestId);
        if (index < 0)
        {
            throw NotFound($"Assistance request {requestId} does not exist.");
        }

        _assistance[index] = _assistance[index] with { Status = "Completed" };
    });

    public IReadOnlyList<DtmfSent> ListDtmf(string? interactionId) =>
        Run(() => (IReadOnlyList<DtmfSent>)[.. _dtmf.Where(d => interactionId is null || d.InteractionId == interactionId)]);

    public IReadOnlyList<AssistanceRequest> ListAssistanceRequests() => Run(() => (IReadOnlyList<AssistanceRequest>)[.. _assistance]);

    private void SendToVoicemailCore(Interaction call)
    {
        call.Workgroup?.Waiting.Remove(call);
        SetState(call, CallStates.Messaging, "Voice Mail");
        RefreshUser(call.User);
        if (_options.CallControls.VoicemailMessageDuration is { } duration)
        {
            var epoch = call.Epoch;
            After(duration, () =>
            {
                if (call.Epoch == epoch)
                {
                    DisconnectCall(call, remote: true);
                }
            });
        }
    }

    /// <summary>A call ended: its recordings stop, a secure pause ends, assistance completes, a consult on it as the
    /// consulted call is over, and a conference it belonged to counts one party fewer.</summary>
    private void EndCallControls(Interaction call)
    {
        foreach (var recording in _recordings.Where(r => r.IsActive && r.InteractionId == call.Id))
        {
            recording.StoppedAt = Now;
        }

        if (_recordings.Exists(r => r.InteractionId == call.Id))
        {
            UpdateRecordingAttributes(call);
        }

        EndSecurePause(call, _securePauses.GetValueOrDefault(call.Id));
        for (var i = 0; i < _assistance.Count; i++)
        {
            if (_assistance[i].InteractionId == call.Id && _assistance[i].Status == "Active")
            {
                _assistance[i] = _assistance[i] with { Status = "Completed" };
            }
        }

        foreach (var consult in _consults.Values.Where(c => c.IsActive && c.Leg == call))
        {
            consult.Status = "Ended";
            consult.Original.Set(Attr.ConsultTransferCallId, "");
        }

        ConferenceMemberEnded(call);
    }
}
