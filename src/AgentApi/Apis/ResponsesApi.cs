using System.Globalization;
using Microsoft.Extensions.Options;
using PureConnect.AgentApi.Contracts;
using PureConnect.AgentApi.Emails;
using PureConnect.AgentApi.Http;
using PureConnect.Grains.Interactions;
using PureConnect.Grains.Responses;
using PureConnect.Grains.Text;

namespace PureConnect.AgentApi.Apis;

/// <summary>
/// Response Management (spec: "Response Management", "Use Response Management in a chat"): the libraries the agent may use
/// and the personal one, search, the text a response inserts into one of the agent's interactions (macros expanded, plain
/// text for a chat), and the personal responses' create/edit/delete/organise. CIC keeps every library; nothing is stored here.
/// </summary>
public static class ResponsesApi
{
    public static void MapResponsesApi(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/me/responses").WithTags("Responses").RequireAuthorization();
        me.MapGet("", async (HttpContext http, IGrainFactory grains) =>
            {
                var view = await grains.Agent(http.User).GetResponseLibrariesAsync();
                return view.Available
                    ? Results.Ok(new ResponseTreeResponse([.. view.Libraries.Select(l => l.ToDto())]))
                    : Unavailable(view);
            })
            .WithSummary("The response libraries the agent may use, the personal one first")
            .Produces<ResponseTreeResponse>().Produces<ErrorResponse>(401).Produces<ErrorResponse>(403).Produces<ErrorResponse>(502);

        me.MapGet("/search", async (string? q, HttpContext http, IGrainFactory grains) =>
            {
                if (string.IsNullOrWhiteSpace(q) || q.Length > ResponseSearch.MaxQueryLength || ControlCharacters.Contains(q))
                {
                    return ApiErrors.Error("responses.invalid", $"Search for 1 to {ResponseSearch.MaxQueryLength} characters of text.");
                }

                var view = await grains.Agent(http.User).GetResponseLibrariesAsync();
                return view.Available
                    ? Results.Ok(new ResponseSearchResponse([.. ResponseSearch.Search(view.Libraries, q).Select(h => new ResponseHitDto(h.Item.ToDto(), h.LibraryId, h.Path))]))
                    : Unavailable(view);
            })
            .WithSummary("Responses whose name, shortcut, labels or text hold every word of q (exact shortcut first)")
            .Produces<ResponseSearchResponse>().Produces<ErrorResponse>(400);

        var commands = me.MapGroup("").AddEndpointFilter<CsrfFilter>();
        commands.MapPost("/expand", ExpandAsync)
            .WithSummary("The text a response inserts into one of the agent's interactions: macros expanded, plain text")
            .Produces<ExpandResponseResponse>().Produces<ErrorResponse>(400).Produces<ErrorResponse>(404).Produces<ErrorResponse>(409);

        var personal = commands.MapGroup("/personal");
        personal.MapPost("/items", (PersonalResponseRequest request, HttpContext http, IGrainFactory grains) =>
                Draft(request) is var (draft, problem) && problem is not null
                    ? Task.FromResult(problem)
                    : EditAsync(http, grains, new PersonalResponseCommand(PersonalEditKind.AddItem, CategoryId: request.CategoryId, Draft: draft), created: true))
            .WithSummary("Create a personal response (in categoryId, or at the top of My Responses)")
            .Produces<CreatedResponse>(201).Produces<ErrorResponse>(400).Produces<ErrorResponse>(404);
        personal.MapPut("/items/{id}", (string id, PersonalResponseRequest request, HttpContext http, IGrainFactory grains) =>
                Draft(request) is var (draft, problem) && problem is not null
                    ? Task.FromResult(problem)
                    : EditAsync(http, grains, new PersonalResponseCommand(PersonalEditKind.UpdateItem, id, Draft: draft)))
            .WithSummary("Change a personal response")
            .Produces<CreatedResponse>().Produces<ErrorResponse>(400).Produces<ErrorResponse>(404);
        personal.MapPost("/categories", (PersonalCategoryRequest request, HttpContext http, IGrainFactory grains) =>
                EditAsync(http, grains, new PersonalResponseCommand(PersonalEditKind.AddCategory, CategoryId: request.ParentId, Name: request.Name), created: true))
            .WithSummary("Create a personal category (in parentId, or at the top)")
            .Produces<CreatedResponse>(201).Produces<ErrorResponse>(400).Produces<ErrorResponse>(404);
        personal.MapPut("/categories/{id}", (string id, PersonalCategoryRequest request, HttpContext http, IGrainFactory grains) =>
                EditAsync(http, grains, new PersonalResponseCommand(PersonalEditKind.RenameCategory, id, Name: request.Name)))
            .WithSummary("Rename a personal category")
            .Produces<CreatedResponse>().Produces<ErrorResponse>(400).Produces<ErrorResponse>(404);
        personal.MapPost("/{id}/move", (string id, MovePersonalResponseRequest request, HttpContext http, IGrainFactory grains) =>
                EditAsync(http, grains, new PersonalResponseCommand(PersonalEditKind.Move, id, CategoryId: request.CategoryId)))
            .WithSummary("Move a personal response or category into categoryId (null: the top)")
            .Produces<CreatedResponse>().Produces<ErrorResponse>(404).Produces<ErrorResponse>(409);
        personal.MapDelete("/{id}", (string id, HttpContext http, IGrainFactory grains) =>
                EditAsync(http, grains, new PersonalResponseCommand(PersonalEditKind.Delete, id)))
            .WithSummary("Delete a personal response, or a category with everything in it")
            .Produces<CreatedResponse>().Produces<ErrorResponse>(404);
    }

    private static async Task<IResult> ExpandAsync(ExpandResponseRequest request, HttpContext http, IGrainFactory grains, TimeProvider time, ILoggerFactory loggers,
        IOptions<EmailOptions> emailOptions)
    {
        var byId = !string.IsNullOrWhiteSpace(request.ResponseId);
        var byShortcut = !string.IsNullOrWhiteSpace(request.Shortcut);
        if (string.IsNullOrWhiteSpace(request.InteractionKey) || byId == byShortcut)
        {
            return ApiErrors.Error("responses.invalid", "Name the interaction (interactionKey) and either responseId or shortcut.");
        }

        if ((request.Shortcut?.Length ?? 0) > PersonalResponses.MaxShortcutLength || (request.ResponseId?.Length ?? 0) > 100
            || ControlCharacters.Contains(request.Shortcut) || ControlCharacters.Contains(request.ResponseId))
        {
            return ApiErrors.Error("responses.invalid", "That is not a response id or shortcut.");
        }

        if (request.UtcOffsetMinutes is < -14 * 60 or > 14 * 60)
        {
            return ApiErrors.Error("responses.invalid", "utcOffsetMinutes is between -840 and 840.");
        }

        var agent = grains.Agent(http.User);
        if (!await InteractionOwnership.IsOwnedByAsync(request.InteractionKey, agent))
        {
            loggers.CreateLogger(typeof(ResponsesApi)).LogWarning("Agent {UserId} asked for a response in interaction {InteractionKey}, which is not theirs",
                http.User.AgentId(), request.InteractionKey);
            return InteractionOwnership.NotFound();
        }

        var view = await agent.GetResponseLibrariesAsync();
        if (!view.Available)
        {
            return Unavailable(view);
        }

        var item = byId ? ResponseSearch.FindById(view.Libraries, request.ResponseId!)?.Item : ResponseSearch.FindByShortcut(view.Libraries, request.Shortcut!);
        if (item is null)
        {
            return ApiErrors.Error("responses.notFound", byId ? "No response you may use has that id." : $"No response has the shortcut '{request.Shortcut!.Trim()}'.");
        }

        var interaction = await grains.GetGrain<IInteractionGrain>(request.InteractionKey).GetViewAsync();
        if (item.Kind == ResponseItemKind.File)
        {
            return FileResponse(item, interaction);
        }

        var agentView = await agent.GetViewAsync();
        var offset = TimeSpan.FromMinutes(request.UtcOffsetMinutes ?? 0);
        var context = new MacroContext(
            agentView.DisplayName ?? http.User.AgentId()!,
            time.GetUtcNow().ToOffset(offset),
            CultureOf(http),
            InteractionMacroAttributes.From(interaction),
            view.Libraries);
        var expansion = ResponseMacros.ExpandForChat(item, context);
        if (!expansion.Succeeded)
        {
            return ApiErrors.Error(expansion.ErrorCode!, expansion.Message!);
        }

        // An email reply takes the response with its formatting, sanitised like any HTML the agent sends (no script, and remote
        // content only as the configuration allows); the plain text stays for a plain-text reply.
        string? html = null;
        if (interaction.Email is not null && ResponseMacros.ExpandForEmail(item, context) is { Succeeded: true, Text: { } markup })
        {
            html = new EmailHtmlSanitizer(emailOptions.Value.AllowRemoteContent).Sanitize(markup, _ => null);
        }

        return Results.Ok(new ExpandResponseResponse(expansion.Text!, item.Id, item.Name) { Html = html });
    }

    private static async Task<IResult> EditAsync(HttpContext http, IGrainFactory grains, PersonalResponseCommand command, bool created = false)
    {
        if (!IsPlausibleId(command.Id) || !IsPlausibleId(command.CategoryId))
        {
            return ApiErrors.Error("responses.notFound", "You have no personal response or category with that id.");
        }

        var result = await grains.Agent(http.User).EditPersonalResponsesAsync(command);
        if (!result.Succeeded)
        {
            return ApiErrors.Error(result.ErrorCode ?? "error", result.Message ?? "The edit failed.");
        }

        return created ? Results.Created($"/api/me/responses/personal/{result.Id}", new CreatedResponse(result.Id!)) : Results.Ok(new CreatedResponse(result.Id!));
    }

    private static (ResponseDraft Draft, IResult? Problem) Draft(PersonalResponseRequest request)
    {
        ResponseItemKind kind;
        if (request.Kind is null)
        {
            kind = ResponseItemKind.Text;
        }
        else if (!Enum.TryParse(request.Kind, ignoreCase: true, out kind) || !Enum.IsDefined(kind) || int.TryParse(request.Kind, out _))
        {
            return (null!, ApiErrors.Error("responses.invalid", "kind is Text, Url or File."));
        }

        return (new ResponseDraft(request.Name, kind, request.Shortcut, request.Labels, request.Value), null);
    }

    private static bool IsPlausibleId(string? id) => id is null || (id.Length is > 0 and <= 100 && !ControlCharacters.Contains(id));

    /// <summary>A File response: in an intercom chat its path is inserted as text ("you can send text containing the file path to other CIC
    /// users"); in a web chat it is sent to the visitor as a file (<c>POST …/chat/response-files</c>); elsewhere it cannot be inserted.</summary>
    private static IResult FileResponse(ResponseItemModel item, InteractionView interaction)
    {
        var chat = string.Equals(interaction.ObjectType, Grains.Interactions.Chats.ChatRules.ObjectType, StringComparison.OrdinalIgnoreCase);
        if (interaction.Email is not null)
        {
            // An email reply takes the file as an attachment (POST …/email/response-files).
            return Results.Ok(new ExpandResponseResponse("", item.Id, item.Name, SendAsFile: true));
        }

        return (chat, interaction.Internal) switch
        {
            (true, true) => Results.Ok(new ExpandResponseResponse(item.Value, item.Id, item.Name)),
            (true, false) => Results.Ok(new ExpandResponseResponse("", item.Id, item.Name, SendAsFile: true)),
            _ => ApiErrors.Error("responses.notInsertable", "A file response cannot be inserted as text."),
        };
    }

    private static IResult Unavailable(ResponseLibrariesView view) =>
        ApiErrors.Error(view.ProblemCode ?? "responses.unavailable", view.Problem ?? "Response Management is not available.");

    private static CultureInfo CultureOf(HttpContext http)
    {
        var language = http.Request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1).FirstOrDefault()?.Value.Value;
        try
        {
            return language is { Length: > 0 } and not "*" ? CultureInfo.GetCultureInfo(language) : CultureInfo.GetCultureInfo("en-US");
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.GetCultureInfo("en-US");
        }
    }
}
