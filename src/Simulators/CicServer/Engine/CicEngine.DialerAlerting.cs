using PureConnect.Simulators.CicServer.Engine.Dialer;

namespace PureConnect.Simulators.CicServer.Engine;

// Interaction Dialer: a predictive or power call that alerts on the agent's queue instead of being connected at once (a
// campaign with an agent alert timeout). Unanswered in time, it leaves the agent "ACD - Agent Not Answering" (no campaign
// call until they are Available again) and goes to another free agent of the campaign, or is abandoned when there is none.
public sealed partial class CicEngine
{
    private void AlertCampaignCall(SimUser user, Interaction call, TimeSpan timeout)
    {
        SetState(call, CallStates.Alerting, "Alerting");
        RefreshUser(user);
        var epoch = call.Epoch;
        After(timeout, () =>
        {
            if (call.Epoch == epoch && call.User == user && user.Dialer.LastCall?.Call == call)
            {
                CampaignCallNotAnswered(user, user.Dialer.LastCall);
            }
        });
    }

    private void CampaignCallNotAnswered(SimUser user, DialerCall unanswered)
    {
        var call = unanswered.Call;
        user.Interactions.Remove(call);
        call.AssignUser(null);
        call.Set(Attr.UserName, "");
        call.Set(Attr.LocalUserId, "");
        call.Set(Attr.LocalAddress, "");
        user.Dialer.LastCall = null;
        MarkNotAnswering(user);
        RefreshUser(user);

        var campaign = unanswered.Campaign;
        var next = _dialerAgents.Where(u => u != user && CanTakeCall(u, campaign)).OrderBy(u => u.Id, StringComparer.Ordinal).MinBy(u => u.IdleSince);
        if (next is not null)
        {
            PutCampaignCallOnQueue(next, call, campaign, unanswered.Contact);
        }
        else
        {
            // Abandoned: the contact hears the campaign's abandon message and Dialer records the call as abandoned.
            DisconnectCall(call, remote: false);
        }
    }
}
