using System.Threading.Channels;
using PureConnect.Simulators.CicServer.Messages;

namespace PureConnect.Simulators.CicServer.Engine;

/// <summary>
/// An ICWS session. Engine state on it changes only under the engine lock; its message queue is a channel
/// so event streams and polls read without that lock.
/// </summary>
public sealed class Session
{
    private readonly Channel<IcwsMessage> _messages =
        Channel.CreateUnbounded<IcwsMessage>(new UnboundedChannelOptions { SingleReader = false, SingleWriter = false });

    private readonly Lock _streamsGate = new();
    private readonly List<CancellationTokenSource> _streams = [];
    private long _lastActivityTicks;

    internal Session(string id, SimUser user, string csrfToken, string cookieValue, string applicationName, DateTimeOffset now, string? host = null)
    {
        Host = host;
        Id = id;
        User = user;
        CsrfToken = csrfToken;
        CookieValue = cookieValue;
        ApplicationName = applicationName;
        Touch(now);
    }

    public string Id { get; }

    public string UserId => User.Id;

    public string UserDisplayName => User.DisplayName;

    public string CsrfToken { get; }

    public string CookieName => "icws_" + Id;

    public string CookieValue { get; }

    public string ApplicationName { get; }

    /// <summary>The host name the login was made on (which server of the switchover pair holds the session); null when unknown.</summary>
    public string? Host { get; }

    public ChannelReader<IcwsMessage> Messages => _messages.Reader;

    public int QueuedMessageCount => _messages.Reader.Count;

    public bool IsClosed { get; private set; }

    public DateTimeOffset LastActivity => new(Interlocked.Read(ref _lastActivityTicks), TimeSpan.Zero);

    public int EventStreamCount
    {
        get
        {
            lock (_streamsGate)
            {
                return _streams.Count;
            }
        }
    }

    internal SimUser User { get; }

    internal StationConnection? Station { get; set; }

    internal bool WatchesStation { get; set; }

    internal bool WatchesStatusMessages { get; set; }

    /// <summary>The <c>supportedMediaTypes</c> the client sent with its last station connection; null when none.</summary>
    internal IReadOnlyList<int>? SupportedMediaTypesSent { get; set; }

    internal Dictionary<string, QueueSubscription> QueueSubscriptions { get; } = new(StringComparer.Ordinal);

    internal HashSet<string> WatchedUserIds { get; } = new(StringComparer.OrdinalIgnoreCase);

    public void Touch(DateTimeOffset now) => Interlocked.Exchange(ref _lastActivityTicks, now.UtcTicks);

    /// <summary>Registers an open event stream; cancelling the returned source ends it.</summary>
    internal CancellationTokenSource OpenEventStream(CancellationToken requestAborted)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        lock (_streamsGate)
        {
            _streams.Add(source);
        }

        return source;
    }

    internal void CloseEventStream(CancellationTokenSource source)
    {
        lock (_streamsGate)
        {
            _streams.Remove(source);
        }

        source.Dispose();
    }

    /// <summary>Ends the open event streams; the session and its queued messages survive.</summary>
    internal void DropEventStreams()
    {
        lock (_streamsGate)
        {
            foreach (var stream in _streams)
            {
                stream.Cancel();
            }
        }
    }

    internal void Enqueue(IcwsMessage message) => _messages.Writer.TryWrite(message);

    /// <summary>Ends the session's channel. With <paramref name="drain"/> open streams first deliver what is
    /// queued (a switchover's connection-down message); without, they are cut at once.</summary>
    internal void Close(bool drain)
    {
        IsClosed = true;
        _messages.Writer.TryComplete();
        if (!drain)
        {
            DropEventStreams();
        }
    }
}
