using System.Text.Json.Nodes;
using PureConnect.Simulators.SalesforceOrg.Api;
using PureConnect.Simulators.SalesforceOrg.Engine;
using PureConnect.Simulators.SalesforceOrg.Options;

namespace PureConnect.Simulators.SalesforceOrg.Control;

/// <summary>
/// The unauthenticated control API for tests and demos: faults, tokens, API usage, stored Tasks and EmailMessages, the outbound
/// messages sent, and the people a screen pop can find.
/// </summary>
internal static class ControlApi
{
    private static readonly ApiVersion ListingVersion = ApiVersion.Parse("v62.0")!;

    public static IEndpointRouteBuilder MapControlApi(this IEndpointRouteBuilder app)
    {
        var control = app.MapGroup("/control").AddEndpointFilter<ControlErrorFilter>();

        control.MapPost("/faults", (FaultRule rule, FaultInjector faults) =>
        {
            faults.Add(rule);
            return Results.NoContent();
        });
        control.MapDelete("/faults", (FaultInjector faults) =>
        {
            faults.Clear();
            return Results.NoContent();
        });

        control.MapPost("/tokens/expire", (TokenStore tokens) => Results.Ok(new { expired = tokens.ExpireAll() }));
        control.MapGet("/tokens", (TokenStore tokens) =>
        {
            var (active, issued) = tokens.Counts();
            return Results.Ok(new { active, issued });
        });

        control.MapGet("/api-usage", (ApiUsageCounter usage) => Usage(usage));
        control.MapPut("/api-usage", (ApiUsageUpdate update, ApiUsageCounter usage) =>
        {
            usage.Set(update.Used, update.Limit);
            return Usage(usage);
        });
        control.MapDelete("/api-usage", (ApiUsageCounter usage) =>
        {
            usage.Set(0, null);
            return Usage(usage);
        });

        control.MapGet("/tasks", (string? externalId, TaskStore tasks) =>
            Results.Json(new JsonArray([.. tasks.All()
                .Where(task => externalId is null || task.Text(tasks.ExternalIdField) == externalId)
                .Select(task => (JsonNode)RecordJson.Task(task, ListingVersion))])));

        control.MapGet("/email-messages", (string? parentId, EmailMessageStore messages) =>
            Results.Json(new JsonArray([.. messages.All(parentId).Select(message => (JsonNode)EmailMessageOperations.WithAttributes(message, ListingVersion))])));
        control.MapGet("/outbound-messages", (OutboundMessages outbound) => Results.Ok(outbound.Deliveries()));
        control.MapGet("/files", (string recordId, ContentStore files) => Results.Json(FileListing.Of(files, recordId)));

        control.MapPost("/records", (PhoneRecordSeed seed, RecordDirectory directory) => Results.Ok(directory.Add(seed)));
        control.MapGet("/records", (RecordDirectory directory) => Results.Ok(directory.All()));
        return app;
    }

    private static IResult Usage(ApiUsageCounter usage)
    {
        var (used, limit) = usage.Current;
        return Results.Ok(new { used, limit });
    }
}
