namespace PureConnect.Simulators.SalesforceOrg.Engine;

/// <summary>The Salesforce error codes the simulator produces.</summary>
internal static class ErrorCodes
{
    public const string InvalidSessionId = "INVALID_SESSION_ID";
    public const string RequestLimitExceeded = "REQUEST_LIMIT_EXCEEDED";
    public const string UnableToLockRow = "UNABLE_TO_LOCK_ROW";
    public const string EntityIsDeleted = "ENTITY_IS_DELETED";
    public const string FieldCustomValidation = "FIELD_CUSTOM_VALIDATION_EXCEPTION";
    public const string FieldIntegrity = "FIELD_INTEGRITY_EXCEPTION";
    public const string StringTooLong = "STRING_TOO_LONG";
    public const string RestrictedPicklist = "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST";
    public const string InvalidFieldForInsertUpdate = "INVALID_FIELD_FOR_INSERT_UPDATE";
    public const string InvalidField = "INVALID_FIELD";
    public const string InvalidType = "INVALID_TYPE";
    public const string InvalidTypeForOperation = "INVALID_TYPE_FOR_OPERATION";
    public const string RequiredFieldMissing = "REQUIRED_FIELD_MISSING";
    public const string MalformedId = "MALFORMED_ID";
    public const string InvalidCrossReferenceKey = "INVALID_CROSS_REFERENCE_KEY";
    public const string NumberOutsideValidRange = "NUMBER_OUTSIDE_VALID_RANGE";
    public const string JsonParserError = "JSON_PARSER_ERROR";
    public const string MissingArgument = "MISSING_ARGUMENT";
    public const string MalformedQuery = "MALFORMED_QUERY";
    public const string InvalidQueryLocator = "INVALID_QUERY_LOCATOR";
    public const string NotFound = "NOT_FOUND";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string DuplicateValue = "DUPLICATE_VALUE";
    public const string DuplicateExternalId = "DUPLICATE_EXTERNAL_ID";
    public const string AllOrNoneRolledBack = "ALL_OR_NONE_OPERATION_ROLLED_BACK";
    public const string ExceededIdLimit = "EXCEEDED_ID_LIMIT";
    public const string ProcessingHalted = "PROCESSING_HALTED";
    public const string InvalidSearch = "INVALID_SEARCH";
    public const string MalformedSearch = "MALFORMED_SEARCH";
    public const string ServerUnavailable = "SERVER_UNAVAILABLE";
    public const string UnknownException = "UNKNOWN_EXCEPTION";
}
