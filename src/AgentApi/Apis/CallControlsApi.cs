using PureConnect.AgentApi.Contracts;
using PureConnect.AgentApi.Http;
using PureConnect.Grains.Agents;
using PureConnect.Grains.Calls;
using PureConnect.Grains.Interactions;

namespace PureConnect.AgentApi.Apis;

/// <summary>Complete call handling (spec: "Calls"): recording, secure pause, voicemail, dial pad, assistance, transfers, conferences, the
/// transfer type-ahead, Advanced Dial, redial and the call history. Only the agent's own interactions are reachable (404 otherwise).</summary>
public static class CallControlsApi
{
    public static void MapCallControlsApi(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/me").WithTags("Call controls").RequireAuthorization().AddEndpointFilter<CsrfFilter>();
        Simple(me, "record", CallCommandKind.Record, "Record (ad hoc): start or stop");
        Simple(me, "snip", CallCommandKind.Snip, "Snip (snippet recording): start or stop; takes precedence over Record");
        Simple(me, "secure-pause", CallCommandKind.SecurePause, "Secure pause: start, or start the countdown over");
        Simple(me, "voicemail", CallCommandKind.SendToVoicemail, "Send an alerting or connected call to your voicemail");
        Simple(me, "pickup-hold", CallCommandKind.PickupAndHold, "Pick up an alerting call and hold it at once");
        me.MapPost("/interactions/{key}/digits", (string key, DigitsRequest request, HttpContext http, IGrainFactory grains, ILoggerFactory loggers) =>
                RunAsync(key, http, grains, loggers, user => new CallCommand(user, CallCommandKind.SendDigits, request.Digits ?? "")))
            .WithSummary("DTMF tones to the connected call").Produces<AcceptedResponse>(202).Produces<ErrorResponse>(400).Produces<ErrorResponse>(404);
        me.MapPost("/interactions/{key}/assistance", (string key, AssistanceRequest request, HttpContext http, IGrainFactory grains, ILoggerFactory loggers) =>
                RunAsync(key, http, grains, loggers, user => new CallCommand(user, CallCommandKind.RequestAssistance, request.Message ?? "")))
            .WithSummary("Ask the workgroup supervisor for help (ACD interactions; one request at a time)")
            .Produces<AcceptedResponse>(202).Produces<ErrorResponse>(400).Produces<ErrorResponse>(404);
        me.MapPost("/interactions/{key}/transfer", (string key, TransferRequest request, HttpContext http, IGrainFactory grains, ILoggerFactory loggers) =>
            {
                if (TargetOf(request) is not { } target)
                {
                    return Task.FromResult(ApiErrors.Error("transfer.noTarget", "kind must be User, Workgroup, AttendantProfile or OutsideNumber, with a target."));
                }

                var kind = request.Mode?.ToLowerInvariant() switch
                {
                    "consult" => CallCommandKind.Consult,
                    "blind" or null => CallCommandKind.BlindTransfer,
                    _ => (CallCommandKind?)null,
                };
                return kind is { } k
                    ? RunAsync(key, http, grains, loggers, user => new CallCommand(user, k, Target: target, DialAsDigits: request.DialAsDigits))
                    : Task.FromResult(ApiErrors.Error("transfer.invalidMode", "mode must be blind or consult."));
            })
            .WithSummary("Blind or consult transfer (spec: \"Transfer an interaction\")").Produces<AcceptedResponse>(202).Produces<ErrorResponse>(400).Produces<ErrorResponse>(404);
        me.MapPost("/interactions/{key}/consult/{action}", (string key, string action, HttpContext http, IGrainFactory grains, ILoggerFactory loggers) =>
                Enum.TryParse<ConsultAction>(action, ignoreCase: true, out var act) && Enum.IsDefined(act)
                    ? RunAsync(key, http, grains, loggers, user => new CallCommand(user, CallCommandKind.ConsultAction, ConsultAction: act))
                    : Task.FromResult(ApiErrors.Error("transfer.invalidAction", "action must be complete, disconnect, both or neither.")))
            .WithSummary("Finish a consult: complete, disconnect (the consulted party only), both (three-way) or neither (both held)")
            .Produces<AcceptedResponse>(202).Produces<ErrorResponse>(400).Produces<ErrorResponse>(404);
        me.MapPost("/interactions/{key}/redial", async (string key, HttpContext http, IGrainFactory grains) =>
            {
                var agent = grains.Agent(http.User);
                if (!await InteractionOwnership.IsOwnedByAsync(key, agent))
                {
                    return InteractionOwnership.NotFound();
                }

                var result = await agent.RedialAsync(key);
                return result.Succeeded ? Results.Accepted(value: new CallResponse(result.InteractionId)) : ApiErrors.From(result);
            })
            .WithSummary("Dial a disconnected call's number again (double-click in the softphone)").Produces<CallResponse>(202).Produces<ErrorResponse>(404);
        me.MapPost("/conferences", async (ConferenceRequest request, HttpContext http, IGrainFactory grains) =>
            {
                var result = await grains.Agent(http.User).ConferenceAsync(request.OntoKey ?? "", request.DraggedKey ?? "");
                return result.Succeeded ? Results.Accepted(value: new AcceptedResponse(result.InteractionId)) : ApiErrors.From(result);
            })
            .WithSummary("Merge one call onto another, or add it to a conference (spec: \"Make a conference call\")")
            .Produces<AcceptedResponse>(202).Produces<ErrorResponse>(400).Produces<ErrorResponse>(404);
        me.MapGet("/directory", async (string? q, int? max, HttpContext http, IGrainFactory grains) =>
            {
                var found = await grains.Agent(http.User).SearchDirectoryAsync(q ?? "", max ?? 10);
                return Results.Ok(new DirectoryResponse([.. found.Matches.Select(m => new DirectoryMatchResponse(m.Kind.ToString(), m.Id, m.DisplayName,
                    m.Extension, m.StatusId, m.OnPhone, m.LoggedIn, m.StatusText))], found.MoreAvailable));
            })
            .WithSummary("Type-ahead over the CIC directory: users (status, on phone), workgroups, Attendant profiles").Produces<DirectoryResponse>();
        me.MapGet("/advanced-dial", async (HttpContext http, IGrainFactory grains) =>
            {
                var options = await grains.Agent(http.User).GetAdvancedDialOptionsAsync();
                return Results.Ok(new AdvancedDialResponse(options.AccountCodesEnabled, [.. options.AccountCodes.Select(c => new AccountCodeResponse(c.Id, c.Description))],
                    options.Workgroups, options.Open));
            })
            .WithSummary("Account codes, the workgroups you are active in, and whether you left the section open").Produces<AdvancedDialResponse>();
        me.MapGet("/call-history", async (string? filter, HttpContext http, IGrainFactory grains) =>
            {
                if (!Enum.TryParse<CallHistoryFilter>(filter ?? "all", ignoreCase: true, out var which) || !Enum.IsDefined(which))
                {
                    return ApiErrors.Error("history.unknownFilter", "filter must be all, missed, outgoing, answered or forwarded.");
                }

                var entries = await grains.Agent(http.User).GetCallHistoryAsync(which);
                return Results.Ok(entries.Select(e => new CallHistoryResponse(e.InteractionId, e.Name, e.Number, e.At, (int)Math.Round(e.Duration.TotalSeconds),
                    e.Direction.ToString(), e.Kind.ToString())).ToList());
            })
            .WithSummary("Recent calls, newest first (spec: \"Call history\")").Produces<List<CallHistoryResponse>>().Produces<ErrorResponse>(400);
    }

    private static void Simple(RouteGroupBuilder me, string path, CallCommandKind kind, string summary) =>
        me.MapPost($"/interactions/{{key}}/{path}", (string key, HttpContext http, IGrainFactory grains, ILoggerFactory loggers) =>
                RunAsync(key, http, grains, loggers, user => new CallCommand(user, kind)))
            .WithSummary(summary).Produces<AcceptedResponse>(202).Produces<ErrorResponse>(400).Produces<ErrorResponse>(404).Produces<ErrorResponse>(409);

    private static Task<IResult> RunAsync(string key, HttpContext http, IGrainFactory grains, ILoggerFactory loggers, Func<string, CallCommand> command) =>
        InteractionOwnership.RunOwnedAsync(key, http, grains, loggers.CreateLogger(typeof(CallControlsApi)), "a call control",
            (interaction, userId) => interaction.ExecuteAsync(command(userId)));

    private static TransferTarget? TargetOf(TransferRequest request) =>
        !string.IsNullOrWhiteSpace(request.Target) && Enum.TryParse<TransferTargetKind>(request.Kind ?? (request.DialAsDigits ? "OutsideNumber" : ""), true, out var kind)
        && Enum.IsDefined(kind)
            ? new TransferTarget(kind, request.Target.Trim())
            : null;
}
