namespace PureConnect.Simulators.CicServer.Engine;

// Consult transfer (reference §7.5): the original party holds while the agent talks to the consulted party, then the
// agent completes the transfer (conclude) or drops the consulted party (cancel).
public sealed partial class CicEngine
{
    private readonly Dictionary<string, Consult> _consults = new(StringComparer.Ordinal);
    private long _nextConsultId = 1;

    /// <summary>
    /// Puts the original party on hold and calls the consulted party: a user (their queue gets an alerting intercom call,
    /// connected when they pick it up) or an outside number (answered after <c>OutboundAnswerDelay</c> or by the control
    /// API). Workgroups, attendant profiles and voicemail are not consult targets (the help: "not supported").
    /// </summary>
    public (string ConsultId, string ConsultInteractionId) StartConsult(
        Session session, string interactionId, string? target, QueueId? queue, IReadOnlyDictionary<string, string>? additionalAttributes = null) => Run(() =>
    {
        var original = FindOwned(session, interactionId);
        var station = session.Station ?? throw NoStation();
        if (!original.IsLive || IsConferenceInteraction(original))
        {
            throw InvalidState(original, "consult on");
        }

        if (ActiveConsultOf(original) is not null)
        {
            throw new IcwsErrorException(400, ErrorIds.ConsultInProgress, $"Interaction {original.Id} already has an active consult.");
        }

        var agent = session.User;
        var destination = ResolveDestination(target, queue, agent);
        if (destination.Workgroup is not null || destination.Attendant is not null)
        {
            throw new IcwsErrorException(400, ErrorIds.ConsultTargetNotSupported,
                $"'{destination.Describe()}' is a workgroup or attendant profile: use a blind transfer.");
        }

        if (destination.User is { HasStation: false } away)
        {
            throw new IcwsErrorException(400, ErrorIds.InvalidTarget, $"The user '{away.Id}' is not logged into a station.");
        }

        if (original.State == CallStates.Connected)
        {
            HoldCall(original);
        }

        var user = destination.User;
        var leg = PlaceCall(agent, station, user?.Id ?? destination.Number!, user, autoAnswer: user is null);
        SetAdditionalAttributes(leg, additionalAttributes);
        Interaction? consulted = null;
        if (user is not null)
        {
            consulted = NewInteraction(plan: null);
            consulted.Set(Attr.CallDirection, "I");
            consulted.Set(Attr.CallType, "I");
            consulted.Set(Attr.RemoteAddress, agent.Extension);
            consulted.Set(Attr.RemoteName, agent.DisplayName);
            consulted.Set(Attr.RemoteTnNormalized, agent.Extension);
            (consulted.Peer, leg.Peer) = (leg, consulted);
            OfferTo(consulted, user);
        }

        var consult = new Consult((_nextConsultId++).ToString(System.Globalization.CultureInfo.InvariantCulture), original, leg, consulted, destination.Describe());
        _consults[consult.Id] = consult;
        original.Set(Attr.ConsultTransferCallId, leg.Id);
        leg.Set(Attr.ConsultTransferCallId, original.Id);
        return (consult.Id, leg.Id);
    });

    /// <summary>Who the agent talks to: the original party, the consulted party, both (three-way) or neither (both held).</summary>
    public void ChangeConsultAudience(Session session, string interactionId, string consultId, bool originalParty, bool consultedParty) => Run(() =>
    {
        var consult = FindConsult(session, interactionId, consultId);
        SetTalking(consult.Original, originalParty);
        SetTalking(consult.Leg, consultedParty);
    });

    /// <summary>Completes the transfer: the original party is joined to the consulted party and the agent's calls end.
    /// The consulted party must have answered.</summary>
    public void ConcludeConsult(Session session, string interactionId, string consultId) => Run(() =>
    {
        var consult = FindConsult(session, interactionId, consultId);
        var (original, leg) = (consult.Original, consult.Leg);
        if (!leg.IsLive || original.IsDisconnected)
        {
            throw new IcwsErrorException(400, ErrorIds.InvalidState,
                $"Consult {consultId} cannot complete: the consulted party is {leg.State} and the original party is {original.State}.");
        }

        var agent = session.User;
        LeaveAgent(original, agent, linger: false);
        original.Set(Attr.ConsultTransferCallId, "");
        if (consult.Consulted is { User: { } target } consulted)
        {
            consulted.Peer = null;
            leg.Peer = null;
            original.AssignUser(target);
            target.Interactions.Add(original);
            original.Set(Attr.UserName, target.Id);
            original.Set(Attr.LocalUserId, target.Id);
            original.Set(Attr.LocalAddress, target.FirstStation?.Extension ?? target.Extension);
            DisconnectCall(consulted, remote: false);
        }

        ConnectCall(original);
        DisconnectCall(leg, remote: false);
        consult.Status = "Concluded";
    });

    /// <summary>Drops the consulted party only; the original party stays on hold for the agent to pick up.</summary>
    public void CancelConsult(Session session, string interactionId, string consultId) => Run(() =>
    {
        var consult = FindConsult(session, interactionId, consultId);
        DisconnectCall(consult.Leg, remote: false);
        consult.Original.Set(Attr.ConsultTransferCallId, "");
        consult.Status = "Cancelled";
    });

    public IReadOnlyList<ConsultSnapshot> ListConsults() => Run(() => (IReadOnlyList<ConsultSnapshot>)[.. _consults.Values.Select(c => c.ToSnapshot())]);

    private Consult? ActiveConsultOf(Interaction original) => _consults.Values.FirstOrDefault(c => c.IsActive && c.Original == original);

    private Consult FindConsult(Session session, string interactionId, string consultId)
    {
        var original = FindOwned(session, interactionId);
        return _consults.GetValueOrDefault(consultId) is { IsActive: true } consult && consult.Original == original
            ? consult
            : throw new IcwsErrorException(404, ErrorIds.ConsultNotFound, $"Interaction {interactionId} has no active consult {consultId}.");
    }

    private void SetTalking(Interaction call, bool talking)
    {
        switch (call.State, talking)
        {
            case (CallStates.Held, true):
                ConnectCall(call);
                break;
            case (CallStates.Connected, false):
                HoldCall(call);
                break;
        }
    }
}
