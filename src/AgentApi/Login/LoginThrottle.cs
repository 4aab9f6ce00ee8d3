using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace PureConnect.AgentApi.Login;

/// <summary>
/// Slows down password guessing: refused log-ins are counted per user id at a client address and per client address.
/// Counting per (user id, address) rather than per user id alone means that someone guessing from elsewhere cannot lock
/// the real agent out; the per-address limit bounds one address trying many user ids.
/// </summary>
public sealed class LoginThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perUserAndAddress;
    private readonly PartitionedRateLimiter<string> _perAddress;

    public LoginThrottle(IOptions<LoginThrottleOptions> options)
    {
        var o = options.Value;
        _perUserAndAddress = Limiter(o.FailuresPerUserAndAddress, o.Window);
        _perAddress = Limiter(o.FailuresPerAddress, o.Window);
    }

    /// <summary>Whether a log-in of <paramref name="userId"/> from <paramref name="address"/> must be turned away now.</summary>
    public bool IsThrottled(string userId, string address) =>
        Available(_perUserAndAddress, Key(userId, address)) <= 0 || Available(_perAddress, address) <= 0;

    /// <summary>Counts a refused log-in.</summary>
    public void RecordFailure(string userId, string address)
    {
        using var perUser = _perUserAndAddress.AttemptAcquire(Key(userId, address));
        using var perAddress = _perAddress.AttemptAcquire(address);
    }

    public void Dispose()
    {
        _perUserAndAddress.Dispose();
        _perAddress.Dispose();
    }

    private static string Key(string userId, string address) => $"{userId.ToUpperInvariant()}\n{address}";

    private static long Available(PartitionedRateLimiter<string> limiter, string key) =>
        limiter.GetStatistics(key)?.CurrentAvailablePermits ?? 0;

    private static PartitionedRateLimiter<string> Limiter(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = window,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
}
