namespace PureConnect.Salesforce.Tasks;

/// <summary>
/// <c>TaskSubtype</c> can be set only when a Task is created. An upsert does not know beforehand whether it creates or
/// updates (a retry after a lost answer lands on the update branch), and an org may refuse the field there with
/// <c>INVALID_FIELD_FOR_INSERT_UPDATE</c> (whether a real org refuses or ignores it is unconfirmed). Such a refusal is
/// answered by sending the record again without its create-only fields: the Task exists, so they no longer matter.
/// </summary>
public static class CreateOnlyFields
{
    /// <summary>Task fields that only a create accepts.</summary>
    public static readonly IReadOnlyList<string> Names = ["TaskSubtype"];

    /// <summary>Whether <paramref name="errors"/> refuse only create-only fields that <paramref name="task"/> carries.</summary>
    public static bool Refused(SalesforceTask task, IReadOnlyList<SalesforceError> errors)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(errors);
        return task.TaskSubtype is not null && errors.Count > 0 && errors.All(error =>
            error.ErrorCode == SalesforceErrorCodes.InvalidFieldForInsertUpdate
            && (error.Fields.Count > 0
                ? error.Fields.All(field => Names.Contains(field, StringComparer.OrdinalIgnoreCase))
                : Names.Any(name => error.Message.Contains(name, StringComparison.OrdinalIgnoreCase))));
    }

    /// <summary>The same record without its create-only fields.</summary>
    public static SalesforceTask Without(SalesforceTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task with { TaskSubtype = null };
    }
}
