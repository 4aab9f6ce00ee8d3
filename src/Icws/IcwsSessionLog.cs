using Microsoft.Extensions.Logging;

namespace PureConnect.Icws;

/// <summary>The log events of one session, with its session id and user id attached.</summary>
internal sealed class IcwsSessionLog(ILogger logger, string sessionId, string userId)
{
    public void MessagingMode(string mode) => IcwsLog.MessagingMode(logger, sessionId, userId, mode);

    public void EventStreamFailed(Exception? exception, int failures) => IcwsLog.EventStreamFailed(logger, exception, sessionId, userId, failures);

    public void FallingBackToPolling() => IcwsLog.FallingBackToPolling(logger, sessionId, userId);

    public void PollFailed(Exception exception, TimeSpan delay) => IcwsLog.PollFailed(logger, exception, sessionId, userId, delay);

    public void ServerUnreachable(Exception exception, TimeSpan since) => IcwsLog.ServerUnreachable(logger, exception, sessionId, userId, since);

    public void MalformedMessage(string error) => IcwsLog.MalformedMessage(logger, sessionId, userId, error);

    public void UnknownMessage(string type) => IcwsLog.UnknownMessage(logger, sessionId, userId, type);

    public void ConnectionDown(string reason) => IcwsLog.ConnectionDown(logger, sessionId, userId, reason);

    public void LoggedOut() => IcwsLog.LoggedOut(logger, sessionId, userId);

    public void LogoutFailed(Exception exception) => IcwsLog.LogoutFailed(logger, exception, sessionId, userId);
}
