namespace PureConnect.Salesforce;

/// <summary>Error codes the integration reacts to.</summary>
public static class SalesforceErrorCodes
{
    /// <summary>The access token expired or was revoked (401).</summary>
    public const string InvalidSessionId = "INVALID_SESSION_ID";

    /// <summary>The org's API allocation is used up (403).</summary>
    public const string RequestLimitExceeded = "REQUEST_LIMIT_EXCEEDED";

    /// <summary>Another transaction holds a lock on the record or a related one; retry later.</summary>
    public const string UnableToLockRow = "UNABLE_TO_LOCK_ROW";

    /// <summary>The record is in the recycle bin.</summary>
    public const string EntityIsDeleted = "ENTITY_IS_DELETED";

    /// <summary>A validation rule of the org refused the record.</summary>
    public const string FieldCustomValidationException = "FIELD_CUSTOM_VALIDATION_EXCEPTION";

    /// <summary>A combination of fields is not allowed (a Lead <c>WhoId</c> with a <c>WhatId</c>).</summary>
    public const string FieldIntegrityException = "FIELD_INTEGRITY_EXCEPTION";

    /// <summary>A text value is longer than its field.</summary>
    public const string StringTooLong = "STRING_TOO_LONG";

    /// <summary>The field cannot be written by this operation (e.g. <c>TaskSubtype</c> on update).</summary>
    public const string InvalidFieldForInsertUpdate = "INVALID_FIELD_FOR_INSERT_UPDATE";

    /// <summary>An item of an all-or-none collection that was rolled back because another item failed.</summary>
    public const string AllOrNoneOperationRolledBack = "ALL_OR_NONE_OPERATION_ROLLED_BACK";
}
