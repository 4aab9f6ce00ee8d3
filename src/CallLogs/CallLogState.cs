namespace PureConnect.CallLogs;

/// <summary>What the projector knows of one interaction's call log, folded from its interaction events.</summary>
public sealed record CallLogState
{
    public static readonly CallLogState Empty = new();

    public string InteractionKey { get; init; } = "";
    public string InteractionId { get; init; } = "";
    public string ObjectType { get; init; } = "Call";
    public string Direction { get; init; } = "Unknown";
    public bool Internal { get; init; }
    public string RemoteAddress { get; init; } = "";
    public string RemoteName { get; init; } = "";
    public DateTimeOffset? FirstSeenAt { get; init; }
    public DateTimeOffset? ConnectedAt { get; init; }
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>When the agent transferred the call: Call Duration ends there (spec: "connect to disconnect or transfer").</summary>
    public DateTimeOffset? TransferredAt { get; init; }
    public string? CallResult { get; init; }
    public string? Comments { get; init; }
    public string? WhoId { get; init; }
    public string? WhatId { get; init; }

    /// <summary>The subject the agent typed; null for the default (type plus date and time).</summary>
    public string? Subject { get; init; }

    /// <summary>When the agent last saved the call log (null: never; Name and Related To may come from the screen pop).</summary>
    public DateTimeOffset? EditedAt { get; init; }

    /// <summary>The Interaction Dialer campaign of a campaign call (its name); null for other calls.</summary>
    public string? Campaign { get; init; }

    /// <summary>The callback a Dialer disposition scheduled: the Task's reminder.</summary>
    public DateTimeOffset? CallbackAt { get; init; }

    /// <summary>The CIC user the interaction is assigned to now.</summary>
    public string? AssignedTo { get; init; }

    /// <summary>The CIC user who had the call when it connected: the Task's owner (its Salesforce user).</summary>
    public string? AgentId { get; init; }

    /// <summary>A chat's transcript, oldest first (the Task's Description carries it); empty for other interactions.</summary>
    public IReadOnlyList<CallLogChatLine> Transcript { get; init; } = [];

    /// <summary>A callback request's details (null for other interactions): the number to call back, the requester's message, the
    /// retries made and the outcome (Success or Failure); the Task's Description and Call Result carry them.</summary>
    public CallLogCallback? Callback { get; init; }

    /// <summary>An email's subject (null for other interactions): the Task's default Subject is <c>Email: subject</c>.</summary>
    public string? EmailSubject { get; init; }

    /// <summary>An email's message as plain text — the customer's for a received email, the agent's for a reply or forward (the last
    /// saved): the Task's Description carries it after the agent's comments.</summary>
    public string? EmailText { get; init; }

    /// <summary>Stream version of the last interaction event folded in (events at or below it are duplicates).</summary>
    public long Version { get; init; }
}

/// <summary>One text of a chat's transcript as the call log keeps it.</summary>
public sealed record CallLogChatLine(DateTimeOffset SentAt, string Name, string Text);

/// <summary>What the call log keeps of a callback request.</summary>
public sealed record CallLogCallback(string Phone, string Message, int Retries = 0, string? Outcome = null);
