using System.Text.Json;
using System.Text.Json.Nodes;
using PureConnect.Simulators.SalesforceOrg.Api;
using PureConnect.Simulators.SalesforceOrg.Engine;

namespace PureConnect.Simulators.SalesforceOrg.Http;

/// <summary>The REST data API under <c>/services/data</c>: the versions list, and every resource through <see cref="DataApiRouter"/>.</summary>
internal static class DataApi
{
    public static IEndpointRouteBuilder MapDataApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/services/data", () => Results.Json(new[]
        {
            new { label = "Winter '25", url = "/services/data/v62.0", version = "62.0" },
            new { label = "Spring '26", url = "/services/data/v66.0", version = "66.0" },
        }));
        app.Map("/services/data/{**resource}", HandleAsync);
        return app;
    }

    private static async Task HandleAsync(HttpContext context, DataApiRouter router)
    {
        JsonNode? body;
        try
        {
            using var reader = new StreamReader(context.Request.Body);
            var text = await reader.ReadToEndAsync(context.RequestAborted);
            body = string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text);
        }
        catch (JsonException ex)
        {
            // Salesforce names the place as [line:L, column:C], both counted from 1.
            var line = (ex.LineNumber ?? 0) + 1;
            var column = (ex.BytePositionInLine ?? 0) + 1;
            await ResultWriter.WriteAsync(context, ApiResult.Error(400, ErrorCodes.JsonParserError,
                $"Unexpected character in the JSON body at [line:{line}, column:{column}]"));
            return;
        }

        var pathAndQuery = context.Request.Path.ToUriComponent() + context.Request.QueryString.ToUriComponent();
        var result = DataPath.Parse(context.Request.Method, pathAndQuery, body) is { } request
            ? router.Dispatch(request)
            : ApiResult.Error(404, ErrorCodes.NotFound, "The requested resource does not exist");
        await ResultWriter.WriteAsync(context, result);
    }
}
