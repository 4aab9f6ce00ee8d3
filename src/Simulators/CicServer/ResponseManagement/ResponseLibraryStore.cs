using System.Globalization;
using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.Messages;
using PureConnect.Simulators.CicServer.Options;

namespace PureConnect.Simulators.CicServer.ResponseManagement;

/// <summary>
/// The server's Response Management (channels facts §6.1): the system-wide libraries from the configuration, each
/// visible only to the users with its view right, and one personal library per user (name = user id), kept in memory.
/// Subscribed sessions learn where to download the libraries they may use, and of changes to the personal one.
/// </summary>
public sealed class ResponseLibraryStore
{
    private readonly Lock _gate = new();
    private readonly List<ResponseLibrarySeed> _system;
    private readonly Dictionary<string, UserSeed> _users;
    private readonly Dictionary<string, Personal> _personal = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Session> _subscribers = [];
    private readonly ResponseManagementOptions _options;
    private long _downloads;

    public ResponseLibraryStore(CicSimulatorOptions options)
    {
        _options = options.ResponseManagement;
        _system = options.ResponseManagement.Libraries ?? DefaultSeedData.ResponseLibraries();
        _users = (options.Users.Count > 0 ? options.Users : DefaultSeedData.Users())
            .ToDictionary(u => u.UserId, StringComparer.OrdinalIgnoreCase);
    }

    public int SubscriptionSuccessStatus => _options.SubscriptionSuccessStatus;

    /// <summary>Libraries downloaded so far (for tests of the client's cache).</summary>
    public long Downloads => Interlocked.Read(ref _downloads);

    /// <summary>Starts the subscription: the session at once gets every library its user may use (personal one included).</summary>
    public void Subscribe(Session session)
    {
        RequireRight(session.UserId);
        lock (_gate)
        {
            _subscribers[session.Id] = session;
            var handles = _system.Where(l => MayView(l, session.UserId)).Select(l => Handle(l.Id, l.Name, "1"))
                .Append(PersonalHandle(PersonalOf(session.UserId))).ToList();
            session.Enqueue(new ResponseManagementMessage(false, handles, null, null));
        }
    }

    public void Unsubscribe(Session session)
    {
        lock (_gate)
        {
            _subscribers.Remove(session.Id);
        }
    }

    /// <summary>A library the session's user may use, by id; 404 for an unknown one or one the user may not view.</summary>
    internal ResponseLibraryDocument Library(Session session, string libraryId)
    {
        RequireRight(session.UserId);
        Interlocked.Increment(ref _downloads);
        lock (_gate)
        {
            var personal = PersonalOf(session.UserId);
            if (string.Equals(personal.Library.Id, libraryId, StringComparison.OrdinalIgnoreCase))
            {
                return ResponseLibraryDocument.From(personal.Library);
            }

            var library = _system.FirstOrDefault(l => string.Equals(l.Id, libraryId, StringComparison.OrdinalIgnoreCase) && MayView(l, session.UserId));
            return library is not null
                ? ResponseLibraryDocument.From(library)
                : throw new IcwsErrorException(404, ErrorIds.ResponseLibraryNotFound, $"No response library '{libraryId}' for this user.");
        }
    }

    /// <summary>An item of a library the session's user may use, by id (<c>send-response-management-file</c>); 404 when there is none.</summary>
    internal ResponseItemSeed Item(Session session, string itemId)
    {
        RequireRight(session.UserId);
        lock (_gate)
        {
            var libraries = _system.Where(l => MayView(l, session.UserId)).Prepend(PersonalOf(session.UserId).Library);
            return libraries.SelectMany(l => ItemsOf(l.Items, l.Categories)).FirstOrDefault(i => string.Equals(i.Id, itemId, StringComparison.OrdinalIgnoreCase))
                ?? throw new IcwsErrorException(404, ErrorIds.ResponseLibraryNotFound, $"No response item '{itemId}' for this user.");
        }
    }

    private static IEnumerable<ResponseItemSeed> ItemsOf(IEnumerable<ResponseItemSeed> items, IEnumerable<ResponseCategorySeed> categories) =>
        items.Concat(categories.SelectMany(c => ItemsOf(c.Items, c.Categories)));

    /// <summary>Replaces the user's personal library (<c>PUT response-management</c>).</summary>
    public void SavePersonal(Session session, ResponseLibrarySeed library)
    {
        RequireRight(session.UserId);
        lock (_gate)
        {
            var personal = PersonalOf(session.UserId);
            ResponseLibraryValidator.Validate(library, personal.Library.Id, session.UserId, _options.MaxPersonalEntries);
            library.Id = personal.Library.Id;
            library.Name = session.UserId;
            library.Users = [];
            personal.Library = library;
            personal.Version++;
            if (!_options.PersonalSaveNotifiesSubscribers)
            {
                return;
            }

            var changed = new ResponseManagementMessage(true, null, [PersonalHandle(personal)], null);
            foreach (var subscriber in _subscribers.Values.Where(s => string.Equals(s.UserId, session.UserId, StringComparison.OrdinalIgnoreCase)))
            {
                subscriber.Enqueue(changed);
            }
        }
    }

    private Personal PersonalOf(string userId)
    {
        if (!_personal.TryGetValue(userId, out var personal))
        {
            personal = new Personal(new ResponseLibrarySeed { Id = Guid.NewGuid().ToString(), Name = userId });
            _personal[userId] = personal;
        }

        return personal;
    }

    private static bool MayView(ResponseLibrarySeed library, string userId) =>
        library.Users.Count == 0 || library.Users.Contains(userId, StringComparer.OrdinalIgnoreCase);

    private void RequireRight(string userId)
    {
        if (_users.TryGetValue(userId, out var user) && !user.HasResponseManagementRight)
        {
            throw new IcwsErrorException(403, ErrorIds.ResponseManagementRightMissing, "The user does not have the Response Management security right.");
        }
    }

    private static ResponseLibraryHandle PersonalHandle(Personal personal) =>
        Handle(personal.Library.Id, personal.Library.Name, personal.Version.ToString(CultureInfo.InvariantCulture));

    /// <summary>[U] The download URL's form is the simulator's: relative to the session's ICWS base.</summary>
    private static ResponseLibraryHandle Handle(string id, string name, string cacheTag) =>
        new(id, name, $"response-management/libraries/{Uri.EscapeDataString(id)}", cacheTag);

    private sealed class Personal(ResponseLibrarySeed library)
    {
        public ResponseLibrarySeed Library { get; set; } = library;

        public int Version { get; set; } = 1;
    }
}
