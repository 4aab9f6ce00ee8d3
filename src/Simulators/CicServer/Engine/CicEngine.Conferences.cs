namespace PureConnect.Simulators.CicServer.Engine;

// Conferences (reference §7.5; help "Make a conference call"): a conference interaction on the agent's queue whose
// member calls carry Eic_ConferenceId and, in queue messages, conferenceParentId. The conference lives while more than
// one party (members, and the agent until they leave) remains.
public sealed partial class CicEngine
{
    private readonly Dictionary<string, Conference> _conferences = new(StringComparer.Ordinal);

    /// <summary>Merges two or more of the user's answered calls; returns the conference id (the conference interaction's id).</summary>
    public string CreateConference(Session session, IReadOnlyList<string> interactionIds) => Run(() =>
    {
        EnsureAlive(session);
        var ids = interactionIds.Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count < 2)
        {
            throw new IcwsErrorException(400, ErrorIds.InvalidRepresentation, "A conference needs at least two interactions.");
        }

        var members = ids.Select(id => Conferenceable(session, id)).ToList();
        var user = session.User;
        var parent = NewInteraction(plan: null);
        parent.Set(Attr.ObjectType, _options.CallControls.ConferenceObjectType);
        parent.Set(Attr.CallDirection, "");
        parent.Set(Attr.CallType, "");
        parent.Set(Attr.UserName, user.Id);
        parent.Set(Attr.LocalUserId, user.Id);
        parent.Set(Attr.LocalAddress, session.Station?.Extension ?? user.Extension);
        parent.Set(Attr.ConferenceId, parent.Id);
        parent.AssignUser(user);
        user.Interactions.Add(parent);
        var conference = new Conference(parent, user);
        _conferences[conference.Id] = conference;
        ConnectCall(parent);
        Join(conference, members);
        return conference.Id;
    });

    /// <summary>Adds more of the user's answered calls to a live conference.</summary>
    public void AddToConference(Session session, string conferenceId, IReadOnlyList<string> interactionIds) => Run(() =>
    {
        EnsureAlive(session);
        var conference = _conferences.GetValueOrDefault(conferenceId) is { Ended: false } live && live.Owner == session.User
            ? live
            : throw new IcwsErrorException(404, ErrorIds.ConferenceNotFound, $"The conference {conferenceId} does not exist.");
        if (interactionIds.Count == 0)
        {
            throw new IcwsErrorException(400, ErrorIds.InvalidRepresentation, "interactions must not be empty.");
        }

        Join(conference, [.. interactionIds.Distinct(StringComparer.Ordinal).Select(id => Conferenceable(session, id))]);
    });

    public IReadOnlyList<ConferenceSnapshot> ListConferences() =>
        Run(() => (IReadOnlyList<ConferenceSnapshot>)[.. _conferences.Values.Select(c => c.ToSnapshot())]);

    private bool IsConferenceInteraction(Interaction call) => _conferences.ContainsKey(call.Id);

    private Interaction Conferenceable(Session session, string interactionId)
    {
        var call = FindOwned(session, interactionId);
        if (call.Get(Attr.DialerCampaignId).Length > 0)
        {
            throw new IcwsErrorException(400, ErrorIds.DialerCallNotConferenceable, $"Interaction {call.Id} is a Dialer call and cannot be conferenced.");
        }

        if (call.ConferenceParentId is not null || IsConferenceInteraction(call))
        {
            throw new IcwsErrorException(400, ErrorIds.AlreadyInConference, $"Interaction {call.Id} is already in a conference.");
        }

        return call.IsLive ? call : throw InvalidState(call, "conference");
    }

    private void Join(Conference conference, IReadOnlyList<Interaction> calls)
    {
        foreach (var call in calls)
        {
            call.ConferenceParentId = conference.Id;
            call.Set(Attr.ConferenceId, conference.Id);
            conference.Members.Add(call);
            if (call.State == CallStates.Held)
            {
                ConnectCall(call);
            }
        }

        UpdateConference(conference);
    }

    /// <summary>The agent leaves: the other parties stay connected (off the agent's queue) while more than one remains.</summary>
    private void LeaveConference(Conference conference)
    {
        conference.OwnerPresent = false;
        var owner = conference.Owner;
        foreach (var member in conference.ActiveMembers.ToList())
        {
            EndAgentRecordings(member, owner);
            owner.Interactions.Remove(member);
            member.AssignUser(null);
            member.Set(Attr.UserName, "");
        }

        RefreshUser(owner);
        UpdateConference(conference);
        if (!conference.Ended)
        {
            DisconnectCall(conference.Parent, remote: false);
        }
    }

    /// <summary>A member call ended (agent or remote disconnect).</summary>
    private void ConferenceMemberEnded(Interaction member)
    {
        if (member.ConferenceParentId is { } id && _conferences.GetValueOrDefault(id) is { Ended: false } conference)
        {
            UpdateConference(conference);
        }
    }

    /// <summary>Keeps the member count current and ends the conference once one party or fewer remains.</summary>
    private void UpdateConference(Conference conference)
    {
        var active = conference.ActiveMembers.ToList();
        conference.Parent.Set(Attr.ConferenceMemberCount, active.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (active.Count + (conference.OwnerPresent ? 1 : 0) > 1)
        {
            return;
        }

        conference.Ended = true;
        foreach (var member in active)
        {
            DisconnectCall(member, remote: false);
        }

        DisconnectCall(conference.Parent, remote: false);
    }
}
