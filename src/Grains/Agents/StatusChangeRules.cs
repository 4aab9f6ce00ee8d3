using PureConnect.Icws;

namespace PureConnect.Grains.Agents;

/// <summary>
/// What the spec asks of a status change before it goes to CIC: the status exists and is selectable,
/// a forward status has a forward number, and "until" is kept only where the status has a date or a time.
/// </summary>
public static class StatusChangeRules
{
    public static (ChangeStatus? Accepted, CommandResult? Rejected) Check(ChangeStatus change, IReadOnlyList<StatusMessage> statuses)
    {
        var status = statuses.FirstOrDefault(s => string.Equals(s.StatusId, change.StatusId, StringComparison.OrdinalIgnoreCase));
        if (status is null)
        {
            return (null, CommandResult.Fail("status.unknown", $"There is no status '{change.StatusId}'."));
        }

        if (!status.IsSelectableStatus)
        {
            return (null, CommandResult.Fail("status.notSelectable", $"The status '{status.MessageText}' cannot be selected."));
        }

        var forward = string.IsNullOrWhiteSpace(change.ForwardNumber) ? null : change.ForwardNumber.Trim();
        if (status.IsForwardStatus && forward is null)
        {
            return (null, CommandResult.Fail("status.forwardNumberRequired", $"The status '{status.MessageText}' needs a forward number."));
        }

        if (forward is not null && !DialRules.IsDialable(forward))
        {
            return (null, CommandResult.Fail("status.forwardNumberInvalid", $"'{forward}' is not a number that can be dialed."));
        }

        return (change with
        {
            StatusId = status.StatusId,
            ForwardNumber = status.IsForwardStatus ? forward : null,
            Until = status.CanHaveDate || status.CanHaveTime ? change.Until : null,
        }, null);
    }
}
