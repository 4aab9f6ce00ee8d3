using PureConnect.Icws.Json;

namespace PureConnect.Icws;

/// <summary>The transfer type-ahead (<c>directories/lookup-entries</c>) and the Advanced Dial account codes.</summary>
public sealed partial class IcwsSession
{
    private static readonly LookupEntryType[] TransferTargets = [LookupEntryType.User, LookupEntryType.Workgroup, LookupEntryType.AttendantProfile];

    /// <summary>
    /// Users, workgroups and attendant profiles whose name or extension starts with <paramref name="text"/>
    /// (<c>POST directories/lookup-entries</c>), at most <paramref name="maxResults"/>, and whether more matched.
    /// </summary>
    public async Task<DirectorySearchResult> SearchDirectoryAsync(
        string text, int maxResults = 20, IReadOnlyList<LookupEntryType>? types = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxResults, 1);
        var body = CallControlJson.Lookup(text, types ?? TransferTargets, maxResults);
        var response = await SendAsync(HttpMethod.Post, "directories/lookup-entries", body, ct).ConfigureAwait(false);
        var result = response.ReadOrDefault(CallControlJson.ReadLookup, new DirectorySearchResult([], false));
        return result.Entries.Count > maxResults ? new DirectorySearchResult([.. result.Entries.Take(maxResults)], true) : result;
    }

    /// <summary>The account codes (<c>GET configuration/account-codes</c>); a server that does not serve them gives none, enabled unknown.</summary>
    public async Task<AccountCodes> GetAccountCodesAsync(CancellationToken ct = default)
    {
        try
        {
            var response = await SendAsync(HttpMethod.Get, "configuration/account-codes?select=*", ct: ct).ConfigureAwait(false);
            return response.ReadOrDefault(CallControlJson.ReadAccountCodes, new AccountCodes(null, []));
        }
        catch (IcwsRequestException ex) when (ex.StatusCode is 404 or 410)
        {
            return new AccountCodes(null, []);
        }
    }
}
