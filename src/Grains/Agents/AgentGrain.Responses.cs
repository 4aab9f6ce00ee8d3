using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PureConnect.Grains.Responses;
using PureConnect.Icws;
using PureConnect.Icws.ResponseManagement;

namespace PureConnect.Grains.Agents;

/// <summary>Response Management through the agent's own CIC session: CIC keeps the libraries (the personal one included) and
/// says which exist and their versions (<c>cacheTag</c>) at each read; a version already downloaded by any agent of this silo is
/// not downloaded again (<see cref="ResponseLibraryCache"/>), and one read serves the agent's look-ups for
/// <see cref="ResponseLibrariesLifetime"/> (the Insert a Response dialog searches at each keystroke). An edit of the personal
/// library is read fresh, applied and saved whole in one grain turn.</summary>
public sealed partial class AgentGrain
{
    private static readonly TimeSpan ResponseLibrariesLifetime = TimeSpan.FromSeconds(15);
    private (ResponseLibraries Libraries, DateTimeOffset ReadAt)? _responseLibraries;

    public async Task<ResponseLibrariesView> GetResponseLibrariesAsync()
    {
        var (view, _) = await ReadResponseLibrariesAsync(fresh: false);
        return view;
    }

    public async Task<PersonalEditResult> EditPersonalResponsesAsync(PersonalResponseCommand command)
    {
        var (view, personal) = await ReadResponseLibrariesAsync(fresh: true);
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
            _responseLibraries = null;
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

    private async Task<(ResponseLibrariesView View, ResponseLibrary? Personal)> ReadResponseLibrariesAsync(bool fresh)
    {
        if (_session.Current is not { } session)
        {
            _responseLibraries = null;
            return (new ResponseLibrariesView(false, [], "You are not logged in to CIC.", "session.none"), null);
        }

        try
        {
            var now = time.GetUtcNow();
            if (fresh || _responseLibraries is not { } known || now - known.ReadAt >= ResponseLibrariesLifetime)
            {
                _responseLibraries = (await session.ReadResponseLibrariesAsync(ServiceProvider.GetRequiredService<ResponseLibraryCache>()), now);
            }

            var read = _responseLibraries.Value.Libraries;
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
