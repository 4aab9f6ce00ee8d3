namespace PureConnect.IcwsIngest;

/// <summary>What the ingest watches and how (configuration section <c>Ingest</c>).</summary>
public sealed class IngestOptions
{
    /// <summary>The monitoring account (needs the right to watch other users' queues).</summary>
    public string MonitorUserId { get; set; } = "";

    public string MonitorPassword { get; set; } = "";

    /// <summary>CIC user ids whose user queues and statuses are watched.</summary>
    public List<string> Users { get; set; } = [];

    /// <summary>This instance's share of <see cref="Users"/>: users whose hash modulo <see cref="InstanceCount"/> is this index.</summary>
    public int InstanceIndex { get; set; }

    public int InstanceCount { get; set; } = 1;

    /// <summary>Parallel lanes for grain calls; messages of one interaction (or one user) always take the same lane, in order.</summary>
    public int Lanes { get; set; } = 32;

    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often interactions that left the watched queues while the channel was down, and are not known to have
    /// ended, are looked up on CIC again.</summary>
    public TimeSpan UnconfirmedCheckPeriod { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Attempts of one grain call before the lane parks it (<c>parked_ingest_work</c>) and moves on; about 30 seconds
    /// with the default delays, long enough to ride out a silo restart. Input the grain refuses as unstorable is parked at once.
    /// </summary>
    public int MaxGrainCallAttempts { get; set; } = 10;

    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    public IEnumerable<string> OwnedUsers() =>
        Users.Where(u => InstanceCount <= 1 || (int)((uint)StableHash(u) % (uint)InstanceCount) == InstanceIndex);

    private static int StableHash(string value)
    {
        unchecked
        {
            var hash = (int)2166136261;
            foreach (var c in value)
            {
                hash = (hash ^ c) * 16777619;
            }

            return hash;
        }
    }
}
