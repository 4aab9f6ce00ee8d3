using System.Buffers.Text;
using System.Security.Cryptography;

namespace PureConnect.Simulators.SalesforceOrg.Engine;

/// <summary>Issued access tokens. A token past its lifetime, or expired through the control API, is unknown. Thread-safe.</summary>
internal sealed class TokenStore(OrgIdentity identity, TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, TokenGrant> _tokens = new(StringComparer.Ordinal);
    private long _issued;

    public (string Token, TokenGrant Grant) Issue(string clientId, string grant, TimeSpan lifetime)
    {
        var now = time.GetUtcNow();
        var token = identity.OrgId[..15] + "!" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(48));
        var issued = new TokenGrant(identity.IntegrationUserId, clientId, grant, now, now + lifetime);
        lock (_gate)
        {
            _tokens[token] = issued;
            _issued++;
        }

        return (token, issued);
    }

    public TokenGrant? Validate(string token)
    {
        lock (_gate)
        {
            if (!_tokens.TryGetValue(token, out var grant))
                return null;

            if (time.GetUtcNow() < grant.ExpiresAt)
                return grant;

            _tokens.Remove(token);
            return null;
        }
    }

    public int ExpireAll()
    {
        lock (_gate)
        {
            var count = _tokens.Count;
            _tokens.Clear();
            return count;
        }
    }

    public (int Active, long Issued) Counts()
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            return (_tokens.Values.Count(grant => now < grant.ExpiresAt), _issued);
        }
    }
}
