using System.Text;
using Microsoft.Extensions.Options;

namespace PureConnect.AgentUi.OpenCti;

/// <summary><c>GET /salesforce/call-center.xml</c>: the definition to import, generated from configuration; 409 naming the wrong settings.</summary>
public static class CallCenterEndpoint
{
    public static void MapCallCenterDefinition(this IEndpointRouteBuilder app) =>
        app.MapGet("/salesforce/call-center.xml", (IOptions<CallCenterOptions> options) =>
        {
            if (CallCenterDefinition.Check(options.Value) is { Count: > 0 } errors)
            {
                return Results.Json(new { code = "callCenter.invalidSettings", message = string.Join(" ", errors) }, statusCode: StatusCodes.Status409Conflict);
            }

            var document = CallCenterDefinition.Build(options.Value);
            var xml = document.Declaration + Environment.NewLine + document.Root;
            return Results.File(Encoding.UTF8.GetBytes(xml), "application/xml", "call-center.xml");
        }).AllowAnonymous();
}
