using PureConnect.AgentApi.Http;
using PureConnect.Grains.Responses;

namespace PureConnect.AgentApi.Apis;

/// <summary>The File response an agent names to send in a chat or attach to an email: one the agent may use, and a file.</summary>
internal static class ResponseFileLookup
{
    /// <returns>The response, or the error to answer (400 <c>responses.invalid</c>, 404 <c>responses.notFound</c>, 409
    /// <c>responses.notAFile</c>, or why Response Management is not available).</returns>
    public static async Task<(ResponseItemModel? Item, IResult? Error)> FindAsync(string? responseId, HttpContext http, IGrainFactory grains)
    {
        if (string.IsNullOrWhiteSpace(responseId) || responseId.Length > 100 || Grains.Text.ControlCharacters.Contains(responseId))
        {
            return (null, ApiErrors.Error("responses.invalid", "Name the File response (responseId)."));
        }

        var view = await grains.Agent(http.User).GetResponseLibrariesAsync();
        if (!view.Available)
        {
            return (null, ApiErrors.Error(view.ProblemCode ?? "responses.unavailable", view.Problem ?? "Response Management is not available."));
        }

        return ResponseSearch.FindById(view.Libraries, responseId)?.Item switch
        {
            null => (null, ApiErrors.Error("responses.notFound", "No response you may use has that id.")),
            { Kind: ResponseItemKind.File } item => (item, null),
            _ => (null, ApiErrors.Error("responses.notAFile", "That response is not a file: insert it as text.")),
        };
    }
}
