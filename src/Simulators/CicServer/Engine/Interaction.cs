using System.Globalization;

namespace PureConnect.Simulators.CicServer.Engine;

/// <summary>
/// A call and its attributes. Every mutation goes through this class so it can record, for the current
/// engine operation, which attributes changed and which queues held the call before; the engine turns
/// that into queue deltas when the operation completes.
/// </summary>
internal sealed class Interaction
{
    private readonly Dictionary<string, string> _attributes = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _changed = new(StringComparer.OrdinalIgnoreCase);
    private readonly Action<Interaction> _onFirstChange;
    private bool _tracking;

    public Interaction(string id, DateTimeOffset createdAt, CallPlan? plan, Action<Interaction> onFirstChange)
    {
        Id = id;
        Plan = plan;
        _onFirstChange = onFirstChange;
        Track();
        CreatedInOperation = true;
        Set(Attr.CallId, id);
        Set(Attr.CallIdKey, id + createdAt.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
        Set(Attr.InitiationTime, IcwsTime.Compact(createdAt));
    }

    public string Id { get; }

    public CallPlan? Plan { get; }

    public char State { get; private set; }

    public SimUser? User { get; private set; }

    public SimWorkgroup? Workgroup { get; private set; }

    public bool Deallocated { get; private set; }

    /// <summary>The agent who blind-transferred the call; it stays on their queue until the target connects.</summary>
    public SimUser? TransferredFrom { get; private set; }

    /// <summary>The conference this call is a member of (the conference interaction's id), sent as <c>conferenceParentId</c>.</summary>
    public string? ConferenceParentId { get; set; }

    /// <summary>The other side of an intercom pair (a consult to a user): they connect and end together.</summary>
    public Interaction? Peer { get; set; }

    /// <summary>Arrival order in the workgroup queue; kept when an unanswered alert returns to the queue.</summary>
    public long QueueSequence { get; set; }

    /// <summary>Bumped by every state change or reassignment, so scheduled actions can tell they are stale.</summary>
    public int Epoch { get; private set; }

    public bool IsDisconnected => State is CallStates.LocalDisconnect or CallStates.RemoteDisconnect;

    /// <summary>A callback request: it is picked up like a call but carries no audio (the agent calls the number from it).</summary>
    public bool IsCallback => Get(Attr.ObjectType) == ObjectTypes.Callback;

    /// <summary>A web chat (its transcript and members in <see cref="Chat"/>).</summary>
    public ChatRoom? Chat { get; set; }

    /// <summary>Sessions subscribed to this callback's <c>callbackMessage</c> (channels facts §3.2).</summary>
    public HashSet<Session> CallbackSubscribers { get; } = [];

    /// <summary>An email (received, or a reply/forward draft): its contents in <see cref="Email"/>.</summary>
    public EmailDocument? Email { get; set; }

    /// <summary>Chats and emails share no voice path.</summary>
    public bool IsMedia => Chat is not null || Email is not null;

    public bool IsOnPhone => !IsCallback && !IsMedia && State is CallStates.Connected or CallStates.Held;

    /// <summary>Answered and not ended: a call the agent talks on or holds.</summary>
    public bool IsLive => State is CallStates.Connected or CallStates.Held;

    public IReadOnlyDictionary<string, string> Attributes => _attributes;

    public QueueKey? UserQueue => Deallocated ? null : User?.QueueKey;

    public QueueKey? WorkgroupQueue => Deallocated ? null : Workgroup?.QueueKey;

    public QueueKey? TransferorQueue => Deallocated ? null : TransferredFrom?.QueueKey;

    // Change tracking for the current engine operation.
    public bool CreatedInOperation { get; private set; }

    public QueueKey? OldUserQueue { get; private set; }

    public QueueKey? OldWorkgroupQueue { get; private set; }

    public QueueKey? OldTransferorQueue { get; private set; }

    public IReadOnlySet<string> ChangedAttributes => _changed;

    public string Get(string name) => _attributes.GetValueOrDefault(name, "");

    public void Set(string name, string value)
    {
        if (_attributes.TryGetValue(name, out var old) && old == value)
        {
            return;
        }

        Track();
        _attributes[name] = value;
        _changed.Add(name);
    }

    public void SetState(char state, string text)
    {
        Track();
        State = state;
        Epoch++;
        Set(Attr.State, state.ToString());
        Set(Attr.CallStateString, text);
    }

    public void AssignUser(SimUser? user)
    {
        Track();
        User = user;
        Epoch++;
    }

    public void AssignTransferredFrom(SimUser? user)
    {
        Track();
        TransferredFrom = user;
    }

    public void AssignWorkgroup(SimWorkgroup workgroup)
    {
        Track();
        Workgroup = workgroup;
    }

    public void Deallocate()
    {
        Track();
        Deallocated = true;
    }

    public void EndTracking()
    {
        _tracking = false;
        CreatedInOperation = false;
        _changed.Clear();
    }

    private void Track()
    {
        if (_tracking)
        {
            return;
        }

        _tracking = true;
        OldUserQueue = UserQueue;
        OldWorkgroupQueue = WorkgroupQueue;
        OldTransferorQueue = TransferorQueue;
        _onFirstChange(this);
    }
}
