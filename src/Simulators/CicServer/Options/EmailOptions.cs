namespace PureConnect.Simulators.CicServer.Options;

/// <summary>ACD email behaviour (channels facts §2); what the reference leaves unconfirmed is marked [U].</summary>
public sealed class EmailOptions
{
    /// <summary>Email utilisation: how many ACD emails the ACD offers one agent at once (drafts of replies do not count).</summary>
    public int MaxEmailsPerAgent { get; set; } = 1;

    /// <summary>The largest attachment an agent may upload, in bytes (a real server's limit is configuration, [U]).</summary>
    public long MaxAttachmentBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>The workgroups' outbound mailbox: the sender of replies and forwards.</summary>
    public string MailboxAddress { get; set; } = "support@contoso.example";

    public string MailboxDisplayName { get; set; } = "Contoso Support";

    /// <summary>Addresses (or <c>@domain</c> suffixes) the outbound mailbox refuses to send to; a send to one is a 400 and
    /// the draft stays as it was.</summary>
    public List<string> RefusedAddresses { get; set; } = [];

    /// <summary>The attribute that carries a Salesforce Case id on an email-to-case email (simulator's choice: the Object
    /// Routing Connector's attribute name is not in the reference).</summary>
    public string CaseIdAttribute { get; set; } = "SF_CaseId";

    /// <summary>Whether the simulated Object Routing Connector disconnects an email-to-case email when the agent replies to its Case in
    /// Salesforce (spec: "if configured to do so"); a workgroup can say otherwise (<c>PUT /control/workgroups/{name}/email-to-case</c>).</summary>
    public bool DisconnectOnCaseReply { get; set; } = true;

    /// <summary>How long a disconnected email stays (expired, and can be reopened: spec "Pick up or reopen") before CIC lets it go;
    /// null: the server's <see cref="CicSimulatorOptions.DeallocationDelay"/>.</summary>
    public TimeSpan? DeallocationDelay { get; set; }
}
