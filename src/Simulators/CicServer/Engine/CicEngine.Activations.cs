using PureConnect.Simulators.CicServer.Contracts;

namespace PureConnect.Simulators.CicServer.Engine;

// Workgroup activation (feature "activations" 1): a member takes ACD calls of a workgroup only while activated in it. A user
// changes their own activation with the "Activate self" right of that workgroup; changing someone else's needs a
// supervisor's right, which the simulated agents do not have.
public sealed partial class CicEngine
{
    /// <summary><c>GET activations/users/{userId}</c>: the user's activation in each workgroup they belong to.</summary>
    public UserActivationSet GetUserActivations(Session session, string userId) => Run(() =>
    {
        var user = ActivationUser(session, userId);
        return new UserActivationSet(user.Id, ActivationsOf(user));
    });

    /// <summary><c>PUT activations/users/{userId}</c>: sets the named workgroups; the others stay as they are.</summary>
    public UserActivationSet SetUserActivations(Session session, string userId, IReadOnlyDictionary<string, bool> changes) => Run(() =>
    {
        var user = ActivationUser(session, userId);
        var groups = new List<(SimWorkgroup Group, bool Activated)>();
        foreach (var (name, activated) in changes)
        {
            var group = _workgroups.GetValueOrDefault(name)
                ?? throw new IcwsErrorException(404, ErrorIds.WorkgroupNotFound, $"The workgroup '{name}' was not found.");
            if (!group.Members.ContainsKey(user.Id))
            {
                throw new IcwsErrorException(400, ErrorIds.InvalidRepresentation, $"The user is not a member of the workgroup '{name}'.");
            }

            if (group.NoSelfActivation.Contains(user.Id))
            {
                throw new IcwsErrorException(403, ErrorIds.AccessDenied, $"The user does not have the right to activate themselves in '{name}'.");
            }

            groups.Add((group, activated));
        }

        foreach (var (group, activated) in groups)
        {
            group.Members[user.Id] = activated;
        }

        return new UserActivationSet(user.Id, ActivationsOf(user));
    });

    /// <summary>Control API: whether the member has the "Activate self" right in the workgroup.</summary>
    public void SetSelfActivationRight(string workgroup, string userId, bool allowed) => Run(() =>
    {
        var group = _workgroups.GetValueOrDefault(workgroup) ?? throw NotFound($"Workgroup '{workgroup}' does not exist.");
        var user = _users.GetValueOrDefault(userId) ?? throw NotFound($"User '{userId}' does not exist.");
        if (allowed)
        {
            group.NoSelfActivation.Remove(user.Id);
        }
        else
        {
            group.NoSelfActivation.Add(user.Id);
        }
    });

    private SimUser ActivationUser(Session session, string userId)
    {
        var user = _users.GetValueOrDefault(userId)
            ?? throw new IcwsErrorException(404, ErrorIds.UserNotFound, $"The user '{userId}' was not found.");
        return string.Equals(user.Id, session.User.Id, StringComparison.OrdinalIgnoreCase)
            ? user
            : throw new IcwsErrorException(403, ErrorIds.AccessDenied, "The user does not have the right to change the activation of other users.");
    }

    private SortedDictionary<string, bool> ActivationsOf(SimUser user) =>
        new(_workgroups.Values.Where(g => g.Members.ContainsKey(user.Id)).ToDictionary(g => g.Name, g => g.Members[user.Id]),
            StringComparer.OrdinalIgnoreCase);
}
