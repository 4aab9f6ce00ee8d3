namespace PureConnect.Salesforce;

/// <summary>Outcome of writing one record: the body of a create or upsert, or one item of an sObject Collections result.</summary>
/// <param name="Id">Record id; null when the item failed.</param>
/// <param name="Success">Whether the record was written.</param>
/// <param name="Created">True for an insert, false for an update (upserts; null for a plain create or an old API version).</param>
/// <param name="Errors">Why the item failed (collections report them with <c>statusCode</c>, normalised here).</param>
public sealed record SaveResult(string? Id, bool Success, bool? Created, IReadOnlyList<SalesforceError> Errors)
{
    /// <summary>True when the item failed only for a reason that a later retry can cure (a row lock).</summary>
    public bool IsRetryable => !Success && Errors.Count > 0 && Errors.All(error => error.IsRowLock);
}
