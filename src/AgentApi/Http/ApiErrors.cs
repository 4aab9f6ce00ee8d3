using PureConnect.AgentApi.Contracts;
using PureConnect.Grains.Agents;

namespace PureConnect.AgentApi.Http;

/// <summary>
/// The HTTP status of each error code (docs/agent-api.md, "Errors"): bad input and broken rules 400, not logged in 401,
/// a missing right or license 403, not yours 404, the wrong login step, a wrap-up that is not open, a call log that cannot change or a Dialer, callback or chat request in the wrong state 409, CIC refusing or failing 502, CIC switching over 503, too many failed log-ins 429.
/// </summary>
public static class ApiErrors
{
    public static int StatusOf(string? code) => code switch
    {
        "session.none" or "session.expired" => StatusCodes.Status401Unauthorized,
        "station.forbidden" or "cic.forbidden" or "workgroup.noRight" or "dialer.forbidden" or "dialer.noLogonCampaignRight" or "responses.forbidden" => StatusCodes.Status403Forbidden,
        "interaction.notFound" or "workgroup.notMember" or "responses.notFound" => StatusCodes.Status404NotFound,
        "login.wrongStep" or "password.expired" or "wrapUp.notOpen" or "wrapUp.timedOut" or "callLog.locked" or "callLog.none"
            or "presence.staleRequest" or "presence.held" or "presence.mismatch" => StatusCodes.Status409Conflict,
        "dialer.notLoggedIn" or "dialer.loggedIn" or "dialer.noCall" or "dialer.noPreview" or "dialer.skipNotAllowed" or "dialer.breakPending"
            or "dialer.onBreak" or "dialer.notOnBreak" or "dialer.logOffPending" or "dialer.notInCampaign" or "dialer.campaignUnavailable"
            or "dialer.statusRestricted" or "dialer.refused" => StatusCodes.Status409Conflict,
        "callback.notPickedUp" or "callback.notAttempted" or "callback.ended" or "callback.retryDisabled" or "callback.noRetriesLeft"
            => StatusCodes.Status409Conflict,
        "chat.notPickedUp" or "chat.ended" or "chat.fileNotAllowed" => StatusCodes.Status409Conflict,
        "chat.targetNotLoggedIn" or "chat.targetCannotChat" => StatusCodes.Status409Conflict,
        "chat.forbidden" => StatusCodes.Status403Forbidden,
        "chat.userNotFound" => StatusCodes.Status404NotFound,
        "email.notPickedUp" or "email.ended" or "email.notEditable" or "email.recipientRefused" or "email.openResponses" or "email.notExpired"
            or "email.responseNotAllowed" or "email.notReceived" => StatusCodes.Status409Conflict,
        "email.attachmentTooLarge" => StatusCodes.Status413PayloadTooLarge,
        "email.attachmentNotFound" => StatusCodes.Status404NotFound,
        "responses.badMove" or "responses.unavailable" or "responses.notInsertable" or "responses.notAFile"
            => StatusCodes.Status409Conflict,
        "login.cicError" or "cic.error" or "cic.timeout" or "station.failed" or "status.failed" => StatusCodes.Status502BadGateway,
        "login.switchover" => StatusCodes.Status503ServiceUnavailable,
        "login.throttled" => StatusCodes.Status429TooManyRequests,
        "workgroupQueue.noViewRight" or "workgroupQueue.noModifyRight" => StatusCodes.Status403Forbidden,
        "workgroupQueue.notFound" => StatusCodes.Status404NotFound,
        "workgroupQueue.taken" => StatusCodes.Status409Conflict,
        "voicemail.notFound" or "voicemail.noFile" => StatusCodes.Status404NotFound,
        "voicemail.noStation" => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status400BadRequest,
    };

    public static IResult From(CommandResult result, string? step = null, string? csrfToken = null) =>
        Error(result.ErrorCode ?? "error", result.Message ?? "The request failed.", step, csrfToken);

    public static IResult Error(string code, string message, string? step = null, string? csrfToken = null) =>
        Results.Json(new ErrorResponse(code, message, step, csrfToken), statusCode: StatusOf(code));
}
