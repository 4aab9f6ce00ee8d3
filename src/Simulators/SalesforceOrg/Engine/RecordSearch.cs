namespace PureConnect.Simulators.SalesforceOrg.Engine;

/// <summary>Runs a <see cref="SoslSearch"/> over the directory: PHONE scope by <see cref="PhoneMatcher"/>, NAME by
/// case-insensitive containment, EMAIL by the whole address (case-insensitive), ALL and SIDEBAR by any.</summary>
internal static class RecordSearch
{
    public static IReadOnlyList<(PhoneRecord Record, SoslReturning Returning)> Run(SoslSearch search, IReadOnlyList<PhoneRecord> records)
    {
        var digits = PhoneMatcher.Digits(search.Term);
        bool PhoneHit(PhoneRecord record) => digits.Length >= 2 && record.PhoneValues.Any(phone => PhoneMatcher.Matches(digits, phone));
        bool NameHit(PhoneRecord record) => record.Name.Contains(search.Term, StringComparison.OrdinalIgnoreCase);
        bool EmailHit(PhoneRecord record) => string.Equals(record.Email, search.Term, StringComparison.OrdinalIgnoreCase);
        Func<PhoneRecord, bool> hit = search.Scope switch
        {
            SoslScope.Phone => PhoneHit,
            SoslScope.Name => NameHit,
            SoslScope.Email => EmailHit,
            _ => record => PhoneHit(record) || NameHit(record) || EmailHit(record),
        };

        return [.. search.Returning
            .SelectMany(returning => records.Where(record => record.Type == returning.SObjectType && hit(record)).Select(record => (record, returning)))
            .Take(search.Limit)];
    }
}
