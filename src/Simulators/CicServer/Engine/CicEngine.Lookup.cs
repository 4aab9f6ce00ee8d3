namespace PureConnect.Simulators.CicServer.Engine;

// Directory lookup for the transfer type-ahead (POST directories/lookup-entries) and the account codes of Advanced Dial.
public sealed partial class CicEngine
{
    private readonly Dictionary<string, AccountCode> _accountCodes = new(StringComparer.OrdinalIgnoreCase);

    public bool AccountCodesEnabled => _options.CallControls.AccountCodesEnabled;

    /// <summary>The account codes (empty when account codes are disabled).</summary>
    public IReadOnlyList<AccountCode> ListAccountCodes(Session session) => Run(() =>
    {
        EnsureAlive(session);
        return AccountCodesEnabled ? (IReadOnlyList<AccountCode>)[.. _accountCodes.Values.OrderBy(c => c.Id, StringComparer.OrdinalIgnoreCase)] : [];
    });

    /// <summary>
    /// Users (type 1), attendant profiles (5) and workgroups (6) whose display name, id, first or last name or extension
    /// matches <paramref name="text"/> (comparison 1 exact, 2 starts with, 3 contains; case-insensitive), users first,
    /// each kind by name. At most <paramref name="maxEntries"/> (capped by <c>DirectoryMaxEntries</c>).
    /// </summary>
    public LookupResult Lookup(Session session, IReadOnlyList<int> types, int comparison, string text, int maxEntries) => Run(() =>
    {
        EnsureAlive(session);
        bool Matches(params string?[] values) => values.Any(v => v is not null && comparison switch
        {
            1 => string.Equals(v, text, StringComparison.OrdinalIgnoreCase),
            3 => v.Contains(text, StringComparison.OrdinalIgnoreCase),
            _ => v.StartsWith(text, StringComparison.OrdinalIgnoreCase)
                || v.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => w.StartsWith(text, StringComparison.OrdinalIgnoreCase)),
        });

        var all = types.Count == 0 ? [1, 5, 6] : types;
        var found = new List<LookupEntry>();
        if (all.Contains(1))
        {
            found.AddRange(_users.Values.Where(u => Matches(u.DisplayName, u.Id, u.Extension)).OrderBy(u => u.DisplayName, StringComparer.OrdinalIgnoreCase)
                .Select(u => new LookupEntry(1, u.Id, u.DisplayName, FirstName(u.DisplayName), LastName(u.DisplayName), u.Extension, true,
                    u.Status.StatusId, u.OnPhone, u.Sessions.Count > 0, null)));
        }

        if (all.Contains(5))
        {
            found.AddRange(_attendantProfiles.Values.Where(p => Matches(p.Name)).OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
                .Select(p => new LookupEntry(5, p.Name, p.Name, null, null, null, true, null, null, null, p.AllowTransfer)));
        }

        if (all.Contains(6))
        {
            found.AddRange(_workgroups.Values.Where(w => Matches(w.Name)).OrderBy(w => w.Name, StringComparer.OrdinalIgnoreCase)
                .Select(w => new LookupEntry(6, w.Name, w.Name, null, null, null, true, null, null, null, true)));
        }

        var limit = Math.Clamp(maxEntries <= 0 ? _options.CallControls.DirectoryMaxEntries : maxEntries, 1, _options.CallControls.DirectoryMaxEntries);
        return new LookupResult([.. found.Take(limit)], found.Count > limit);
    });

    private AccountCode? AccountCodeFor(string? accountCodeId)
    {
        if (!AccountCodesEnabled || string.IsNullOrWhiteSpace(accountCodeId))
        {
            return null;
        }

        return _accountCodes.GetValueOrDefault(accountCodeId.Trim())
            ?? throw new IcwsErrorException(400, ErrorIds.InvalidAccountCode, $"'{accountCodeId}' is not an account code.");
    }

    private static string? FirstName(string displayName) => displayName.Split(' ', 2) is [var first, _] ? first : null;

    private static string? LastName(string displayName) => displayName.Split(' ', 2) is [_, var last] ? last : null;
}
