using PureConnect.Icws.Messages;

namespace PureConnect.Icws;

/// <summary>What became of a status change CIC accepted with 202.</summary>
public enum StatusChangeOutcomeKind
{
    /// <summary>Nothing known yet: keep waiting.</summary>
    Pending,

    /// <summary>CIC completed it, or the user's status shows the requested status.</summary>
    Applied,

    /// <summary>CIC reported a failure for the request (<c>asyncOperationCompletedMessage</c> with an error).</summary>
    Failed,

    /// <summary>The wait ended with neither: treated as accepted (a server may never report the outcome, [U]).</summary>
    Unknown,
}

/// <summary>
/// The outcome of a 202-accepted status change (§6.4; whether CIC reports it by <c>asyncOperationCompletedMessage</c> is
/// unconfirmed, so the user's status counts too). Pure: <see cref="Judge"/> decides from what was seen so far.
/// </summary>
public sealed record StatusChangeOutcome(StatusChangeOutcomeKind Kind, string? ErrorId = null, string? Message = null)
{
    public static readonly StatusChangeOutcome Pending = new(StatusChangeOutcomeKind.Pending);
    public static readonly StatusChangeOutcome Applied = new(StatusChangeOutcomeKind.Applied);
    public static readonly StatusChangeOutcome Unknown = new(StatusChangeOutcomeKind.Unknown);

    /// <summary>
    /// A completion message decides (an error is a failure, none a success); without one, the user's status already being
    /// the requested one means applied; past the deadline the outcome is unknown; otherwise it is still pending.
    /// </summary>
    /// <param name="requestedStatusId">The status asked for.</param>
    /// <param name="completion">The completion message of the request, if it arrived.</param>
    /// <param name="currentStatusId">The user's status as last read, if it was.</param>
    /// <param name="deadlinePassed">Whether the time allowed for the outcome has passed.</param>
    public static StatusChangeOutcome Judge(
        string requestedStatusId, AsyncOperationCompletedMessage? completion, string? currentStatusId, bool deadlinePassed)
    {
        if (completion is not null)
        {
            return completion.Error is { } error ? new StatusChangeOutcome(StatusChangeOutcomeKind.Failed, error.ErrorId, error.Message) : Applied;
        }

        if (currentStatusId is not null && string.Equals(currentStatusId, requestedStatusId, StringComparison.OrdinalIgnoreCase))
        {
            return Applied;
        }

        return deadlinePassed ? Unknown : Pending;
    }
}
