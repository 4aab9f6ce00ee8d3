using PureConnect.Simulators.SalesforceOrg.Options;

namespace PureConnect.Simulators.SalesforceOrg.Engine;

/// <summary>The org's Contacts, Leads and Accounts (seeded, or added through the control API). Thread-safe.</summary>
internal sealed class RecordDirectory
{
    private readonly Lock _gate = new();
    private readonly List<PhoneRecord> _records = [];
    private readonly SalesforceIds _ids;

    public RecordDirectory(SalesforceOrgOptions options, SalesforceIds ids)
    {
        _ids = ids;
        foreach (var seed in (options.SeedDemoRecords ? DemoRecords.All : []).Concat(options.Records))
            Add(seed);
    }

    public PhoneRecord Add(PhoneRecordSeed seed)
    {
        var type = RecordTypes.Canonical(seed.Type)
                   ?? throw new OrgException(400, ErrorCodes.InvalidType, $"Records are Contact, Lead or Account, not '{seed.Type}'.");
        if (string.IsNullOrWhiteSpace(seed.Name))
            throw new OrgException(400, ErrorCodes.RequiredFieldMissing, "Required fields are missing: [Name]", "Name");

        var id = seed.Id is { } given
            ? SalesforceIds.IsWellFormed(given) && given.StartsWith(RecordTypes.Prefixes[type], StringComparison.Ordinal)
                ? SalesforceIds.To18(given)
                : throw new OrgException(400, ErrorCodes.MalformedId, $"{type} ID: id value of incorrect type: {given}", "Id")
            : _ids.Next(RecordTypes.Prefixes[type]);
        var record = new PhoneRecord(type, id, seed.Name, seed.Phone, seed.MobilePhone, type == "Contact" ? seed.AccountId : null,
            type == "Account" ? null : seed.Email);
        lock (_gate)
        {
            _records.RemoveAll(existing => existing.Id == id);
            _records.Add(record);
        }

        return record;
    }

    public PhoneRecord? Find(string id)
    {
        var id18 = SalesforceIds.IsWellFormed(id) ? SalesforceIds.To18(id) : id;
        lock (_gate)
        {
            return _records.Find(record => record.Id == id18);
        }
    }

    public IReadOnlyList<PhoneRecord> All()
    {
        lock (_gate)
        {
            return [.. _records];
        }
    }
}
