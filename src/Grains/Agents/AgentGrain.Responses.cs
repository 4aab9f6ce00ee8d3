using Microsoft.Extensions.Logging;
using PureConnect.Grains.Responses;
using PureConnect.Icws;

namespace PureConnect.Grains.Agents;

/// <summary>Response Management through the agent's own CIC session: the libraries are read from CIC each time (CIC keeps
/// them, the personal one included), and an edit of the personal library is read, applied and saved whole in one grain turn.</summary>
public sealed partial class AgentGrain
{
    public async Task<ResponseLibrariesView> GetResponseLibrariesAsync()
    {
        var (view, _) = await ReadResponseLibrariesAsync();
        return view;
    }

    public async Task<PersonalEditResult> EditPersonalResponsesAsync(PersonalResponseCommand command)
    {
        var (view, personal) = await ReadResponseLibrariesAsync();
        if (!view.Available || personal is null || view.Personal is not { } model)
        {
            return new PersonalEditResult(false, null, view.ProblemCode ?? "responses.unavailable", view.Problem ?? "CIC has no personal library for you.");
        }

        var edit = PersonalResponses.Apply(model, command, Guid.NewGuid().ToString());
        if (!edit.Succeeded)
        {
            return new PersonalEditResult(false, null, edit.ErrorCode, edit.Message);
        }

        try
        {
            await _session.Current!.SavePersonalResponseLibraryAsync(ResponseLibraryMapping.ToIcws(edit.Library!, personal));
            logger.LogInformation("Agent {UserId} edited the personal responses ({Edit} {Id})", UserId, command.Kind, edit.Id);
            return new PersonalEditResult(true, edit.Id);
        }
        catch (HttpRequestException ex)
        {
            logger.LogWarning(ex, "CIC could not be reached to save the personal responses of agent {UserId}", UserId);
            return new PersonalEditResult(false, null, "cic.error", "CIC could not be reached; your responses were not saved. Try again.");
        }
        catch (IcwsException ex)
        {
            logger.LogWarning(ex, "CIC refused the personal responses of agent {UserId}", UserId);
            return new PersonalEditResult(false, null, ex.StatusCode == 403 ? "responses.forbidden" : "cic.error",
                ex.StatusCode == 403 ? "You do not have the Response Management right." : $"CIC did not save your responses: {ex.Message}");
        }
    }

    private async Task<(ResponseLibrariesView View, Icws.ResponseManagement.ResponseLibrary? Personal)> ReadResponseLibrariesAsync()
    {
        if (_session.Current is not { } session)
        {
            return (new ResponseLibrariesView(false, [], "You are not logged in to CIC.", "session.none"), null);
        }

        try
        {
            var read = await session.ReadResponseLibrariesAsync();
            var libraries = read.Personal is { } personal
                ? [ResponseLibraryMapping.ToModel(personal, true), .. read.SystemWide.Select(l => ResponseLibraryMapping.ToModel(l, false))]
                : read.SystemWide.Select(l => ResponseLibraryMapping.ToModel(l, false)).ToList();
            return (new ResponseLibrariesView(true, libraries), read.Personal);
        }
        catch (HttpRequestException ex)
        {
            logger.LogWarning(ex, "CIC could not be reached for the response libraries of agent {UserId}", UserId);
            return (new ResponseLibrariesView(false, [], "CIC could not be reached for the response libraries.", "cic.error"), null);
        }
        catch (IcwsException ex)
        {
            logger.LogInformation(ex, "Response Management libraries could not be read for agent {UserId}", UserId);
            return (ex.StatusCode == 403
                ? new ResponseLibrariesView(false, [], "You do not have the Response Management right.", "responses.forbidden")
                : new ResponseLibrariesView(false, [], $"CIC did not hand out the response libraries: {ex.Message}", "cic.error"), null);
        }
    }
}
