using PureConnect.Simulators.CicServer.Contracts;
using PureConnect.Simulators.CicServer.Messages;

namespace PureConnect.Simulators.CicServer.Engine;

// The session's station connection.
public sealed partial class CicEngine
{
    public StationInformation SetStation(Session session, StationRequest request) => Run(() =>
    {
        EnsureAlive(session);
        var connection = Connect(session, request);
        var user = session.User;
        var hadStation = user.HasStation;
        var previous = session.Station;
        session.Station = connection;
        if (!hadStation && connection is not null)
        {
            user.IdleSince = Now;
        }

        MarkUserDirty(user);
        NotifyStationChange(session, previous);
        if (!user.HasStation)
        {
            ReturnAlertingCalls(user);
        }

        return connection?.ToInformation() ?? StationInformation.None;
    });

    public StationInformation GetStation(Session session) => Run(() =>
    {
        EnsureAlive(session);
        return session.Station?.ToInformation() ?? throw NoStation();
    });

    /// <summary>Disconnects the station; in connection mode 0 this also ends the session (reference §3),
    /// unless <c>EndSessionOnStationDelete</c> is off.</summary>
    public void RemoveStation(Session session) => Run(() =>
    {
        EnsureAlive(session);
        var previous = session.Station ?? throw NoStation();
        session.Station = null;
        MarkUserDirty(session.User);
        NotifyStationChange(session, previous);
        if (!session.User.HasStation)
        {
            ReturnAlertingCalls(session.User);
        }

        if (_options.EndSessionOnStationDelete && previous.Mode == 0)
        {
            DestroySession(session, drain: true);
        }
    });

    public void SubscribeStation(Session session) => Run(() =>
    {
        EnsureAlive(session);
        session.WatchesStation = true;
        session.Enqueue(new StationConnectionStateChangeMessage(
            false, null, session.Station?.ToInformation() ?? StationInformation.None));
    });

    public void UnsubscribeStation(Session session) => Run(() => session.WatchesStation = false);

    private StationConnection? Connect(Session session, StationRequest request)
    {
        session.SupportedMediaTypesSent = request.SupportedMediaTypes;
        var media = request.SupportedMediaTypes is { Count: > 0 } types ? types : [1];
        switch (request.Kind)
        {
            case StationKind.Stationless:
                return null;
            case StationKind.RemoteNumber:
                RequireRemoteRight(session);
                if (string.IsNullOrWhiteSpace(request.RemoteNumber) || !PhoneNumbers.IsDialable(request.RemoteNumber))
                {
                    throw new IcwsErrorException(400, ErrorIds.InvalidRepresentation, "remoteNumber must be a dialable number.");
                }

                return new StationConnection(request.Kind, null, request.RemoteNumber.Trim(), request.PersistentConnection, media, request.StationConnectionMode);
            default:
                if (request.Kind == StationKind.RemoteWorkstation)
                {
                    RequireRemoteRight(session);
                }

                var station = _stations.GetValueOrDefault(request.Workstation ?? "")
                    ?? throw new IcwsErrorException(_options.StationNotFoundStatusCode, _options.StationNotFoundErrorId, $"The station '{request.Workstation}' was not found.");
                if (_sessions.Values.Any(s => s.User != session.User && s.Station?.Station == station))
                {
                    throw new IcwsErrorException(_options.StationInUseStatusCode, _options.StationInUseErrorId, "The station is in use by another user");
                }

                return new StationConnection(request.Kind, station, request.RemoteNumber, false, media, request.StationConnectionMode);
        }
    }

    private static void RequireRemoteRight(Session session)
    {
        if (!session.User.CanUseRemoteStations)
        {
            throw new IcwsErrorException(403, ErrorIds.AccessDenied, "The user does not have the right to use remote stations.");
        }
    }

    private static void NotifyStationChange(Session session, StationConnection? previous)
    {
        if (session.WatchesStation)
        {
            session.Enqueue(new StationConnectionStateChangeMessage(
                true, previous?.ToInformation(), session.Station?.ToInformation() ?? StationInformation.None));
        }
    }

    private static IcwsErrorException NoStation() =>
        new(400, ErrorIds.NoStation, "The user is not logged into a station.");
}
