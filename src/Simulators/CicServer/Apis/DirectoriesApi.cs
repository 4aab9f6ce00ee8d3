using PureConnect.Simulators.CicServer.Contracts;
using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.Http;

namespace PureConnect.Simulators.CicServer.Apis;

/// <summary>
/// The transfer type-ahead: <c>POST /icws/{sessionId}/directories/lookup-entries</c> with the SDK's
/// <c>lookupEntriesQuery</c> (<c>lookupEntryTypes</c>, <c>lookupEntryProperties</c> (accepted, every name property is
/// searched), <c>lookupComparisonType</c>, <c>lookupString</c>, <c>maxEntries</c>), and the Advanced Dial account codes.
/// </summary>
internal static class DirectoriesApi
{
    public static void MapDirectoriesApi(this RouteGroupBuilder session)
    {
        session.MapPost("/directories/lookup-entries", async (HttpContext http, CicEngine engine) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            var text = body.String("lookupString") ?? throw RequestBody.Malformed("'lookupString' is required.");
            var result = engine.Lookup(http.IcwsSession(), body.Ints("lookupEntryTypes"), body.Int("lookupComparisonType") ?? 2, text,
                body.Int("maxEntries") ?? 0);
            return IcwsResult.Ok(new LookupEntriesResponse(
                [.. result.Entries.Select(e => new LookupEntryJson(e.LookupEntryType, e.EntryId, e.DisplayName, e.FirstName, e.LastName,
                    e.Extension, e.IsActive, e.StatusId, e.OnPhone, e.LoggedIn, e.AllowsTransfer))],
                result.MoreEntriesMatched,
                new PhoneNumberJson(text)));
        });
        session.MapGet("/configuration/account-codes", (HttpContext http, CicEngine engine) => IcwsResult.Ok(new AccountCodesResponse(
            [.. engine.ListAccountCodes(http.IcwsSession())
                .Select(c => new AccountCodeItem(new ConfigurationId(c.Id, c.Description, $"/configuration/account-codes/{c.Id}"), c.Description))],
            engine.AccountCodesEnabled)));
    }
}
