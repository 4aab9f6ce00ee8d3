using PureConnect.Simulators.SalesforceOrg.Api;
using PureConnect.Simulators.SalesforceOrg.Engine;
using PureConnect.Simulators.SalesforceOrg.Options;

namespace PureConnect.Simulators.SalesforceOrg.Http;

/// <summary>The response of an injected fault, shaped as Salesforce's top-level error array.</summary>
internal static class FaultResults
{
    public static ApiResult For(FaultRule fault, SalesforceOrgOptions options) => fault.Kind switch
    {
        FaultKind.UnableToLockRow => Error(options.LockErrorStatusCode, ErrorCodes.UnableToLockRow,
            fault.Message ?? "unable to obtain exclusive access to this record or 1 records", fault),
        FaultKind.ServiceUnavailable => Error(503, ErrorCodes.ServerUnavailable, fault.Message ?? "Server temporarily unavailable; try again later", fault),
        FaultKind.ServerError => Error(500, ErrorCodes.UnknownException,
            fault.Message ?? "An unexpected error occurred. Please include this ErrorId if you contact support: 0000000-000 (simulated)", fault),
        FaultKind.EntityIsDeleted => Error(options.EntityDeletedStatusCode, ErrorCodes.EntityIsDeleted, fault.Message ?? "entity is deleted", fault),
        FaultKind.ValidationRule => Error(400, ErrorCodes.FieldCustomValidation, fault.Message ?? "Validation rule failed (injected by the simulator)", fault),
        _ => throw new ArgumentOutOfRangeException(nameof(fault)),
    };

    private static ApiResult Error(int status, string code, string message, FaultRule fault) =>
        ApiResult.Error(new OrgException(fault.StatusCode ?? status, code, message, fault.Fields ?? []));
}
