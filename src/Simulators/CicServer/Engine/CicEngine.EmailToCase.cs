namespace PureConnect.Simulators.CicServer.Engine;

// Email-to-case (spec: "Email-to-case"): the Salesforce Object Routing Connector routes a Case's email through the ACD as an email
// interaction carrying the Case id; when the agent replies to the Case in Salesforce, the connector disconnects that interaction "if
// configured to do so". The connector runs beside CIC, so the simulator plays it: the org tells it of the reply (its outbound
// message, control API) and it disconnects the email on an agent's queue whose workgroup is set to.
public sealed partial class CicEngine
{
    private readonly List<CaseReply> _caseReplies = [];

    /// <summary>An agent replied to the Case <paramref name="caseId"/> in Salesforce (the EmailMessage <paramref name="replyId"/>):
    /// every live received email carrying that Case id on an agent's queue disconnects, unless its workgroup keeps it. Returns what
    /// happened.</summary>
    public CaseReply CaseReplied(string caseId, string? replyId) => Run(() =>
    {
        if (!IsCaseId(caseId))
        {
            throw Invalid($"'{caseId}' is not a Salesforce Case id (15 or 18 letters and digits starting with 500).");
        }

        List<string> disconnected = [];
        List<string> kept = [];
        var emails = _interactions.Values
            .Where(i => i.Email is { IsDraft: false } && !i.IsDisconnected && i.User is not null && SameId(i.Get(_options.Emails.CaseIdAttribute), caseId))
            .OrderBy(i => i.Id, StringComparer.Ordinal)
            .ToList();
        foreach (var email in emails)
        {
            if (email.Workgroup?.DisconnectEmailOnCaseReply ?? _options.Emails.DisconnectOnCaseReply)
            {
                DisconnectCall(email, remote: false);
                disconnected.Add(email.Id);
            }
            else
            {
                kept.Add(email.Id);
            }
        }

        var reply = new CaseReply(caseId, replyId, disconnected, kept, Now);
        _caseReplies.Add(reply);
        return reply;
    });

    /// <summary>The Case replies the connector was told of, oldest first (control API).</summary>
    public IReadOnlyList<CaseReply> CaseReplies() => Run(() => _caseReplies.ToList());

    /// <summary>Whether a reply to its Case disconnects a workgroup's email-to-case emails (null: <c>Emails:DisconnectOnCaseReply</c>).</summary>
    public void ConfigureEmailToCase(string workgroup, bool? disconnectOnReply) => Run(() =>
    {
        var group = _workgroups.GetValueOrDefault(workgroup) ?? throw NotFound($"Workgroup '{workgroup}' does not exist.");
        group.DisconnectEmailOnCaseReply = disconnectOnReply;
    });

    private static bool IsCaseId(string? id) =>
        id is { Length: 15 or 18 } && id.All(char.IsAsciiLetterOrDigit) && id.StartsWith("500", StringComparison.Ordinal);

    // A Salesforce id's first 15 characters are the id (case-sensitive); the last 3 of the 18-character form only encode their case.
    private static bool SameId(string attribute, string caseId) =>
        attribute.Length is 15 or 18 && string.Equals(attribute[..15], caseId[..15], StringComparison.Ordinal);
}

/// <summary>A Case reply the Object Routing Connector was told of: the emails it disconnected and those it kept (their workgroup
/// is not set to disconnect).</summary>
public sealed record CaseReply(string CaseId, string? ReplyId, IReadOnlyList<string> Disconnected, IReadOnlyList<string> Kept, DateTimeOffset At);
