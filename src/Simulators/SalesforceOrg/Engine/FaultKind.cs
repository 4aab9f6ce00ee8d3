namespace PureConnect.Simulators.SalesforceOrg.Engine;

/// <summary>Failures the control API can inject into data requests.</summary>
public enum FaultKind
{
    /// <summary><c>UNABLE_TO_LOCK_ROW</c> (status <c>LockErrorStatusCode</c>, 400 by default).</summary>
    UnableToLockRow,

    /// <summary>503 <c>SERVER_UNAVAILABLE</c>.</summary>
    ServiceUnavailable,

    /// <summary>500 <c>UNKNOWN_EXCEPTION</c>.</summary>
    ServerError,

    /// <summary><c>ENTITY_IS_DELETED</c> (status <c>EntityDeletedStatusCode</c>, 404 by default).</summary>
    EntityIsDeleted,

    /// <summary>400 <c>FIELD_CUSTOM_VALIDATION_EXCEPTION</c> with the rule's message.</summary>
    ValidationRule,
}
