namespace PureConnect.Simulators.CicServer.Options;

/// <summary>An Interaction Dialer campaign of the simulated server (the control API creates more at run time).</summary>
public sealed class CampaignSeed
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>Running, Paused or Stopped.</summary>
    public string State { get; set; } = "Running";

    /// <summary>Preview, Predictive or Power.</summary>
    public string DialingMode { get; set; } = "Predictive";

    /// <summary>Seconds a preview call waits before it is placed by itself; null or 0: no preview timer.</summary>
    public int? PreviewTimeoutSeconds { get; set; }

    /// <summary>
    /// How a predictive or power call reaches the agent. Null or 0: connected at once (as an auto-answering Dialer agent
    /// gets it); more: it alerts on the agent's queue for that many seconds, and unanswered leaves the agent
    /// "ACD - Agent Not Answering" and goes to another free agent of the campaign (abandoned when there is none).
    /// </summary>
    public int? AgentAlertSeconds { get; set; }

    public bool AllowSkip { get; set; } = true;

    public bool AllowCallbacks { get; set; } = true;

    public bool AutoDisconnectOnDisposition { get; set; }

    /// <summary>The contacts' time zone (IANA id, e.g. <c>America/New_York</c>); null: the agent's time zone.</summary>
    public string? TimeZone { get; set; }

    /// <summary>Seconds the pacer waits, once an agent is free, before it places the next call on their queue.</summary>
    public double SecondsBetweenCalls { get; set; } = 5;

    /// <summary>The agents this campaign serves (CIC user ids); empty: every agent.</summary>
    public List<string> Agents { get; set; } = [];

    public List<ContactSeed> Contacts { get; set; } = [];

    /// <summary>The dispositions the script offers; empty: the standard ones (<see cref="DefaultSeedData.Dispositions"/>).</summary>
    public List<DispositionSeed> Dispositions { get; set; } = [];
}

/// <summary>One record of a campaign's contact list: the number dialed and the attributes the data pop shows.</summary>
public sealed class ContactSeed
{
    public string Phone { get; set; } = "";

    public string? Name { get; set; }

    public Dictionary<string, string> Attributes { get; set; } = [];
}

/// <summary>A disposition the campaign script offers; a callback needs the wrap-up category <c>Scheduled</c>.</summary>
public sealed class DispositionSeed
{
    public string Label { get; set; } = "";

    public string WrapUpCategory { get; set; } = "Success";

    public string? WrapUpCode { get; set; }

    public bool Abandon { get; set; }
}
