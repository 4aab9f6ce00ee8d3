using PureConnect.Simulators.CicServer.Contracts;

namespace PureConnect.Simulators.CicServer.Engine;

// ACD: which agent a waiting workgroup call is offered to, and what happens to unanswered offers.
public sealed partial class CicEngine
{
    private const string NotAnsweringStatusId = "ACD - Agent Not Answering";
    private readonly List<SimUser> _bestAgents = [];
    private readonly List<Interaction> _waiting = [];

    /// <summary>Offers each workgroup's waiting interactions in arrival order; one nobody can take now (a call while every
    /// agent is busy) does not hold back those behind it that someone can (a chat to an agent with chat capacity left).</summary>
    private void RouteWaitingCalls()
    {
        foreach (var workgroup in _workgroups.Values)
        {
            if (workgroup.Waiting.Count == 0)
            {
                continue;
            }

            // Every call asks the same of an agent, and every chat: once one finds nobody, the rest of its kind would not either.
            var (callsBlocked, chatsBlocked, emailsBlocked) = (false, false, false);
            _waiting.Clear();
            _waiting.AddRange(workgroup.Waiting);
            foreach (var waiting in _waiting)
            {
                var chat = waiting.Chat is not null;
                var email = waiting.Email is not null;
                if (email ? emailsBlocked : chat ? chatsBlocked : callsBlocked)
                {
                    continue;
                }

                if (PickAgent(workgroup, waiting) is { } agent)
                {
                    workgroup.Waiting.Remove(waiting);
                    OfferTo(waiting, agent);
                }
                else if (email)
                {
                    emailsBlocked = true;
                }
                else if (chat)
                {
                    chatsBlocked = true;
                }
                else
                {
                    callsBlocked = true;
                }

                if (callsBlocked && chatsBlocked && emailsBlocked)
                {
                    break;
                }
            }
        }
    }

    /// <summary>The activated member available for this interaction who has been idle the longest; ties broken by the
    /// seeded random.</summary>
    private SimUser? PickAgent(SimWorkgroup workgroup, Interaction interaction)
    {
        _bestAgents.Clear();
        foreach (var (userId, activated) in workgroup.Members)
        {
            var user = _users[userId];
            if (!activated || !IsAvailable(user) || !HasRoomFor(user, interaction))
            {
                continue;
            }

            if (_bestAgents.Count > 0 && user.IdleSince > _bestAgents[0].IdleSince)
            {
                continue;
            }

            if (_bestAgents.Count > 0 && user.IdleSince < _bestAgents[0].IdleSince)
            {
                _bestAgents.Clear();
            }

            _bestAgents.Add(user);
        }

        return _bestAgents.Count switch
        {
            0 => null,
            1 => _bestAgents[0],
            _ => _bestAgents[_random.Next(_bestAgents.Count)],
        };
    }

    /// <summary>An agent logged in to Dialer takes ACD interactions only when blended or on break.</summary>
    private static bool IsAvailable(SimUser user) =>
        user.Status.IsAcdStatus && user.HasStation
        && (!user.Dialer.LoggedIn || user.Dialer.Blended || user.Dialer.Break == Dialer.BreakStatus.OnBreak);

    /// <summary>Utilisation: calls (and callbacks) one at a time; ACD emails up to <c>Emails:MaxEmailsPerAgent</c> (1), beside
    /// calls and chats; chats up to <c>Chats:MaxChatsPerAgent</c> at once. A chat
    /// does not keep a call away unless <c>Chats:ChatsBlockCalls</c>, nor a call a chat unless <c>Chats:CallsBlockChats</c>.</summary>
    private bool HasRoomFor(SimUser user, Interaction interaction)
    {
        var chats = 0;
        var others = 0;
        var emails = 0;
        foreach (var live in user.Interactions)
        {
            if (live.IsDisconnected)
            {
                continue;
            }

            if (live.Email is not null)
            {
                // Drafts of replies are the agent's own work, not ACD load.
                emails += live.Email.IsDraft ? 0 : 1;
            }
            else if (live.Chat is not null)
            {
                chats++;
            }
            else
            {
                others++;
            }
        }

        if (interaction.Email is not null)
        {
            return emails < _options.Emails.MaxEmailsPerAgent;
        }

        var options = _options.Chats;
        return interaction.Chat is not null
            ? chats < options.MaxChatsPerAgent && (others == 0 || !options.CallsBlockChats)
            : others == 0 && (chats == 0 || !options.ChatsBlockCalls);
    }

    private void OfferTo(Interaction call, SimUser user)
    {
        call.AssignUser(user);
        user.Interactions.Add(call);
        call.Set(Attr.UserName, user.Id);
        call.Set(Attr.LocalUserId, user.Id);
        call.Set(Attr.LocalAddress, user.FirstStation?.Extension ?? user.Extension);
        SetState(call, CallStates.Alerting, "Alerting");
        RefreshUser(user);

        var epoch = call.Epoch;
        if (call.Plan?.AnswerAfter is { } answerAfter)
        {
            After(answerAfter, () =>
            {
                if (call.Epoch == epoch)
                {
                    ConnectCall(call);
                }
            });
        }

        if (call.Workgroup is not null && _options.AlertTimeout is { } timeout)
        {
            After(timeout, () =>
            {
                if (call.Epoch == epoch)
                {
                    AgentNotAnswering(call, user);
                }
            });
        }
    }

    /// <summary>ACD calls alerting a user who no longer has a station go back to their workgroup queue.</summary>
    private void ReturnAlertingCalls(SimUser user)
    {
        foreach (var call in user.Interactions.Where(i => i.State == CallStates.Alerting && i.Workgroup is not null).ToList())
        {
            ReturnToQueue(call);
        }
    }

    private void ReturnToQueue(Interaction call) => TakeFromAgent(call, "ACD - Wait Agent", wait: true);

    /// <summary>Takes an ACD interaction off its agent's queue back to its workgroup (state O): waiting for an agent, or
    /// not yet (a snoozed callback).</summary>
    private void TakeFromAgent(Interaction call, string stateText, bool wait)
    {
        var user = call.User!;
        user.Interactions.Remove(call);
        call.AssignUser(null);
        call.Set(Attr.UserName, "");
        call.Set(Attr.LocalUserId, "");
        call.Set(Attr.LocalAddress, "");
        SetState(call, CallStates.Offering, stateText);
        if (wait)
        {
            call.Workgroup!.Waiting.Add(call);
        }

        RefreshUser(user);
    }

    private void AgentNotAnswering(Interaction call, SimUser user)
    {
        ReturnToQueue(call);
        MarkNotAnswering(user);
    }

    /// <summary>ACD sets "ACD - Agent Not Answering" (a status the agent cannot choose; without it, the first such status
    /// that is not an ACD one).</summary>
    private void MarkNotAnswering(SimUser user)
    {
        if (NotAnsweringStatus() is { } notAnswering)
        {
            ApplyStatus(user, notAnswering, null, null, null);
        }
    }

    private bool IsNotAnswering(SimUser user) =>
        NotAnsweringStatus() is { } notAnswering && string.Equals(user.Status.StatusId, notAnswering.StatusId, StringComparison.OrdinalIgnoreCase);

    private StatusMessage? NotAnsweringStatus() =>
        _statusById.GetValueOrDefault(NotAnsweringStatusId) ?? StatusMessages.FirstOrDefault(s => !s.IsSelectableStatus && !s.IsAcdStatus);
}
