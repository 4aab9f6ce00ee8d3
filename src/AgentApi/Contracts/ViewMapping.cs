using PureConnect.Grains.Agents;
using PureConnect.Grains.Interactions;

namespace PureConnect.AgentApi.Contracts;

/// <summary>Grain views and login progress as the HTTP contract shows them.</summary>
public static class ViewMapping
{
    public static MeResponse ToResponse(this AgentView view) => new(
        view.UserId, view.DisplayName, view.Station?.ToResponse(), view.StatusId, view.StatusText, view.Notes, view.ForwardNumber,
        view.Until, view.StatusSince, view.OnPhone, view.Favorites, view.SessionActive, view.RememberedStation?.ToResponse(), view.Version,
        view.RecordingRights is { } rights ? new RecordingRightsResponse(rights.CanRecord, rights.CanSnip) : null, view.AdvancedDialOpen,
        view.PresenceSync, view.Dialer, view.StatusGroup, view.StatusIconUri);

    public static InteractionResponse ToResponse(this InteractionView view, CallLogSubjects subjects) => new(
        view.Key, view.InteractionId, view.Status.ToString(), view.Direction.ToString(), view.ObjectType, view.RemoteAddress, view.RemoteName,
        view.Workgroup, view.UserId, view.Muted, view.Internal, view.FirstSeenAt, view.ConnectedAt, view.DisconnectedAt,
        view.DisconnectedBy.ToString(), view.Deallocated, view.Version, view.WrapUp?.ToResponse(),
        view.ScreenPop is { } pop ? new ScreenPopResponse(pop.Kind, pop.RecordId, pop.RecordType, pop.RecordName, pop.SearchedNumber, pop.Matches, pop.Url) : null,
        view.CallLog is { } log ? log.ToResponse(subjects.Default(view.ObjectType, view.ConnectedAt ?? view.FirstSeenAt)) : null,
        view.Calls?.ToResponse(), view.Dialer, view.Callback, view.Chat?.ToSummary(), view.Email?.ToSummary());

    public static CallControlsResponse ToResponse(this PureConnect.Grains.Calls.CallControlsView calls) => new(
        new RecordingControlsResponse(calls.Recording.RecordEnabled, calls.Recording.RecordActive, calls.Recording.SnipEnabled, calls.Recording.SnipActive),
        calls.SecurePauseEndsAt, calls.Consult?.ToString(), calls.ConsultTarget is { } t ? new TransferTargetResponse(t.Kind.ToString(), t.Address) : null,
        calls.ConsultInteractionId, calls.ConferenceId, calls.ConferenceParties, calls.AssistanceRequested, calls.IsDialer, calls.TransferredAt);

    public static CallLogResponse ToResponse(this CallLogView log, string defaultSubject) => new(
        defaultSubject, log.Subject, log.Comments, log.WhoId, log.WhatId, log.EditableUntil,
        [.. log.Names.Select(ToResponse)], [.. log.RelatedTo.Select(ToResponse)], log.Edited);

    private static CallLogRecordResponse ToResponse(CallLogRecord record) => new(record.Id, record.Type, record.Name);

    public static WrapUpResponse ToResponse(this WrapUpView wrapUp) => new(
        wrapUp.Status.ToString(), [.. wrapUp.Codes.Select(c => new WrapUpCodeResponse(c.Id, c.Label))], wrapUp.Deadline, wrapUp.Code, wrapUp.AssignedBy);

    public static StationResponse ToResponse(this StationSelection station) =>
        new(station.Kind.ToString(), station.StationId, station.RemoteNumber, station.Persistent);

    public static StatusResponse ToResponse(this StatusOption status) =>
        new(status.StatusId, status.MessageText, status.IconUri, status.IsForwardStatus, status.CanHaveDate, status.CanHaveTime, status.IsFavorite);

    /// <summary>Step names as the contract spells them: <c>agreement</c>, <c>changePassword</c>, <c>station</c>, <c>ready</c>, <c>loggedOut</c>.</summary>
    public static string ToName(this LoginStep step) => step switch
    {
        LoginStep.Agreement => "agreement",
        LoginStep.ChangePassword => "changePassword",
        LoginStep.Station => "station",
        LoginStep.Ready => "ready",
        _ => "loggedOut",
    };

    public static LoginStepResponse ToResponse(this LoginProgress progress, string? csrfToken) => progress.Step switch
    {
        LoginStep.Agreement => new(progress.Step.ToName(), csrfToken, progress.DisplayName, AgreementText: progress.AgreementText),
        LoginStep.Station or LoginStep.Ready => new(progress.Step.ToName(), csrfToken, progress.DisplayName, null, progress.Stations,
            progress.CanUseRemoteStations, progress.RememberedStation?.ToResponse(), progress.Station?.ToResponse(), progress.DefaultWorkstationId),
        _ => new(progress.Step.ToName(), csrfToken, progress.DisplayName),
    };
}
