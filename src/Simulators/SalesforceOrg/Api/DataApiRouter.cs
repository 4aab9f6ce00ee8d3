using PureConnect.Simulators.SalesforceOrg.Engine;

namespace PureConnect.Simulators.SalesforceOrg.Api;

/// <summary>
/// Routes a data request to its operation. One router serves top-level HTTP requests and composite subrequests,
/// so both obey exactly the same rules; that is why the data API is not a set of minimal-API routes.
/// </summary>
internal sealed class DataApiRouter(SObjectOperations sobjects, CollectionOperations collections, CompositeOperation composite, SearchOperation search,
    LimitsOperation limits, QueryOperation query, EmailMessageOperations emailMessages, FileOperations files)
{
    public ApiResult Dispatch(DataRequest request)
    {
        try
        {
            return Route(request);
        }
        catch (OrgException error)
        {
            return ApiResult.Error(error);
        }
    }

    private ApiResult Route(DataRequest request) => (request.Segments.ToArray(), request.Method) switch
    {
        (["sobjects", "UserServicePresence", ..], "POST" or "PATCH" or "PUT") => ApiResult.Error(400, ErrorCodes.InvalidTypeForOperation,
            "entity type UserServicePresence does not support create or update (presence is set in the agent's Omni-Channel console)"),
        (["sobjects", "ContentVersion"], "POST") => files.Insert(request),
        (["sobjects", "ContentVersion", var id], "GET") => files.Get(request, id),
        (["sobjects", var type], _) when !IsKnown(type) => UnknownType(type),
        (["sobjects", "Task"], "POST") => sobjects.Create(request),
        (["sobjects", "EmailMessage"], "POST") => emailMessages.Create(request),
        (["sobjects", "EmailMessage", var id], "GET") => emailMessages.Get(request, id),
        (["sobjects", "Task", "describe"], "GET") => sobjects.Describe(request),
        (["sobjects", "Task", var id], "GET") => sobjects.Get(request, "Task", id),
        (["sobjects", "Task", var id], "PATCH") => sobjects.Update(request, id),
        (["sobjects", "Task", var id], "DELETE") => sobjects.Delete(id),
        (["sobjects", "Task", var field, var value], "PATCH") => sobjects.Upsert(request, field, value),
        (["sobjects", "Task", var field, var value], "GET") => sobjects.GetByExternalId(request, field, value),
        (["sobjects", var type, var id], "GET") when IsKnown(type) => sobjects.Get(request, RecordTypes.Canonical(type)!, id),
        (["composite", "sobjects"], "POST") => collections.Create(request),
        (["composite", "sobjects"], "PATCH") => collections.Update(request),
        (["composite", "sobjects", var type, var field], "PATCH") => collections.Upsert(request, type, field),
        (["composite"], "POST") when !request.InComposite => composite.Run(request, Dispatch),
        (["search"], "GET") => search.Run(request),
        (["limits"], "GET") => limits.Get(),
        (["query"], "GET") => query.Run(request),
        (["query", var locator], "GET") => query.Next(request, locator),
        (["sobjects", ..] or ["composite", ..] or ["search"] or ["limits"] or ["query", ..], _) => MethodNotAllowed(request),
        _ => ApiResult.Error(404, ErrorCodes.NotFound, "The requested resource does not exist"),
    };

    private static bool IsKnown(string type) => type is "Task" or "EmailMessage" || RecordTypes.Canonical(type) is not null;

    private static ApiResult UnknownType(string type) =>
        ApiResult.Error(404, ErrorCodes.NotFound, $"The requested resource does not exist (the simulator has no sObject '{type}').");

    private static ApiResult MethodNotAllowed(DataRequest request) =>
        ApiResult.Error(405, ErrorCodes.MethodNotAllowed, $"HTTP Method '{request.Method}' not allowed on this resource in the simulator.");
}
