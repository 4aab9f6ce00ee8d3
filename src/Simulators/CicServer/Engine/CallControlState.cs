namespace PureConnect.Simulators.CicServer.Engine;

// Mutable engine state behind the call controls (changed only under the engine lock). Deliberately grouped.

internal sealed class Consult(string id, Interaction original, Interaction leg, Interaction? consulted, string target)
{
    public string Id { get; } = id;

    public Interaction Original { get; } = original;

    /// <summary>The agent's new call to the consulted party.</summary>
    public Interaction Leg { get; } = leg;

    /// <summary>The consulted user's side of the intercom call; null for an outside number.</summary>
    public Interaction? Consulted { get; } = consulted;

    public string Target { get; } = target;

    public string Status { get; set; } = "Active";

    public bool IsActive => Status == "Active";

    public ConsultSnapshot ToSnapshot() => new(Id, Original.Id, Leg.Id, Consulted?.Id, Target, Status,
        Original.State == CallStates.Connected, Leg.State == CallStates.Connected);
}

internal sealed class Conference(Interaction parent, SimUser owner)
{
    public string Id => Parent.Id;

    public Interaction Parent { get; } = parent;

    public SimUser Owner { get; } = owner;

    public List<Interaction> Members { get; } = [];

    public bool OwnerPresent { get; set; } = true;

    public bool Ended { get; set; }

    public IEnumerable<Interaction> ActiveMembers => Members.Where(m => !m.IsDisconnected && m.ConferenceParentId == Id);

    public ConferenceSnapshot ToSnapshot() =>
        new(Id, Owner.Id, [.. Members.Select(m => m.Id)], [.. ActiveMembers.Select(m => m.Id)], OwnerPresent, Ended);
}

internal sealed class Recording(string id, string interactionId, bool snippet, string userId, bool supervisor, DateTimeOffset startedAt)
{
    public string Id { get; } = id;

    public string InteractionId { get; } = interactionId;

    public bool IsSnippet { get; } = snippet;

    public string UserId { get; } = userId;

    public bool Supervisor { get; } = supervisor;

    public DateTimeOffset StartedAt { get; } = startedAt;

    public DateTimeOffset? StoppedAt { get; set; }

    public string? MergedInto { get; set; }

    /// <summary>The ad hoc recording this snippet took over (either button then stops it).</summary>
    public string? MergedFrom { get; set; }

    public bool IsActive => StoppedAt is null;

    public RecordingSnapshot ToSnapshot() =>
        new(Id, InteractionId, IsSnippet ? "Snippet" : "AdHoc", UserId, Supervisor, StartedAt, StoppedAt, MergedInto);
}

internal sealed class SecurePause(string interactionId, string userId, DateTimeOffset startedAt)
{
    public string InteractionId { get; } = interactionId;

    public string UserId { get; } = userId;

    public DateTimeOffset StartedAt { get; } = startedAt;

    public DateTimeOffset ResumesAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>Bumped by each reset, so the timer of an earlier length can tell it is stale.</summary>
    public int Epoch { get; set; }

    public bool IsActive => EndedAt is null;

    public SecurePauseSnapshot ToSnapshot() => new(InteractionId, UserId, StartedAt, ResumesAt, EndedAt);
}
