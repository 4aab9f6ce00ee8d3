using PureConnect.Simulators.SalesforceOrg.Api;
using PureConnect.Simulators.SalesforceOrg.Engine;

namespace PureConnect.Simulators.SalesforceOrg.Control;

/// <summary>Answers a refused control call with Salesforce's error array.</summary>
internal sealed class ControlErrorFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (OrgException error)
        {
            return Results.Json(ErrorJson.TopLevel(error.Errors), statusCode: error.StatusCode);
        }
    }
}
