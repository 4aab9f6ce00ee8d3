using PureConnect.TestSupport;
using static PureConnect.Persistence.IntegrationTests.OrleansQueries;

namespace PureConnect.Persistence.IntegrationTests;

/// <summary>The OrleansQuery rows honour the Orleans ADO.NET providers' PostgreSQL contract (names, parameters, results).</summary>
[Collection(PostgresCollection.Name)]
public sealed class OrleansQueryContractTests(PostgresFixture postgres) : IAsyncLifetime
{
    private const int Active = 3;
    private const int Dead = 6;
    private TestDatabase db = null!;
    private OrleansQueries queries = null!;

    public async Task InitializeAsync()
    {
        db = await TestDatabase.CreateAsync(postgres, "orleans");
        queries = await OrleansQueries.LoadAsync(db.DataSource);
    }

    public async Task DisposeAsync() => await db.DisposeAsync();

    [Fact]
    public void Every_query_the_clustering_storage_and_reminder_providers_require_is_stored()
    {
        string[] required =
        [
            "InsertMembershipVersionKey", "InsertMembershipKey", "UpdateMembershipKey", "UpdateIAmAlivetimeKey",
            "MembershipReadRowKey", "MembershipReadAllKey", "GatewaysQueryKey", "DeleteMembershipTableEntriesKey",
            "CleanupDefunctSiloEntriesKey",
            "ReadFromStorageKey", "WriteToStorageKey", "ClearStorageKey", "DeleteStorageKey",
            "UpsertReminderRowKey", "ReadReminderRowsKey", "ReadReminderRowKey", "ReadRangeRows1Key", "ReadRangeRows2Key",
            "DeleteReminderRowKey", "DeleteReminderRowsKey",
        ];

        Assert.Equal(required.Order(), queries.Keys.Order());
    }

    [Fact]
    public async Task Membership_rows_change_only_under_the_current_table_version()
    {
        const string cluster = "pureconnect-test";
        var startTime = DateTime.UtcNow.AddMinutes(-1);
        Assert.Equal(1, await queries.ScalarAsync("InsertMembershipVersionKey", P("DeploymentId", cluster)));
        Assert.Equal(0, await queries.ScalarAsync("InsertMembershipVersionKey", P("DeploymentId", cluster)));
        var empty = Assert.Single(await queries.ReadAsync("MembershipReadAllKey", P("DeploymentId", cluster)));
        Assert.Equal(0, empty["Version"]);
        Assert.Null(empty["StartTime"]);

        Assert.Equal(1, await InsertSiloAsync(cluster, 11111, Active, startTime, version: 0));
        Assert.Equal(0, await InsertSiloAsync(cluster, 11111, Active, startTime, version: 1)); // row exists: no change
        Assert.Equal(0, await InsertSiloAsync(cluster, 22222, Active, startTime, version: 0)); // stale table version
        Assert.Equal(1, await InsertSiloAsync(cluster, 33333, Dead, startTime, version: 1));

        var suspicion = $"S127.0.0.1:33333:1,{DateTime.UtcNow:yyyy-MM-dd HH:mm:ss.fff} GMT";
        Assert.Equal(1, await UpdateSiloAsync(cluster, 11111, Active, suspicion, version: 2));
        Assert.Equal(0, await UpdateSiloAsync(cluster, 11111, Active, null, version: 2)); // stale table version
        Assert.Equal(0, await UpdateSiloAsync(cluster, 44444, Active, null, version: 3)); // no such silo
        var heartbeat = DateTime.UtcNow;
        await queries.ReadAsync("UpdateIAmAlivetimeKey",
            P("DeploymentId", cluster), Ansi("Address", "127.0.0.1"), P("Port", 11111), P("Generation", 1), P("IAmAliveTime", heartbeat));

        var row = Assert.Single(await queries.ReadAsync("MembershipReadRowKey",
            P("DeploymentId", cluster), Ansi("Address", "127.0.0.1"), P("Port", 11111), P("Generation", 1)));
        Assert.Equal(3, row["Version"]);
        Assert.Equal(Active, row["Status"]);
        Assert.Equal(suspicion, row["SuspectTimes"]);
        Assert.Equal("silo-11111", row["SiloName"]);
        Assert.Equal(30000, row["ProxyPort"]);
        Assert.Equal(heartbeat, (DateTime)row["IAmAliveTime"]!, TimeSpan.FromMilliseconds(1));
        Assert.Equal(2, (await queries.ReadAsync("MembershipReadAllKey", P("DeploymentId", cluster))).Count);

        var gateway = Assert.Single(await queries.ReadAsync("GatewaysQueryKey", P("DeploymentId", cluster), P("Status", Active)));
        Assert.Equal(("127.0.0.1", 30000, 1), ((string)gateway["Address"]!, (int)gateway["ProxyPort"]!, (int)gateway["Generation"]!));

        await queries.ReadAsync("CleanupDefunctSiloEntriesKey", P("DeploymentId", cluster), P("IAmAliveTime", DateTime.UtcNow.AddMinutes(1)));
        Assert.Equal([11111], (await queries.ReadAsync("MembershipReadAllKey", P("DeploymentId", cluster))).Select(r => (int)r["Port"]!));

        await queries.ReadAsync("DeleteMembershipTableEntriesKey", P("DeploymentId", cluster));
        Assert.Empty(await queries.ReadAsync("MembershipReadAllKey", P("DeploymentId", cluster)));
    }

    [Fact]
    public async Task Grain_state_writes_need_the_version_they_read()
    {
        Assert.Empty(await ReadGrainAsync());

        Assert.Equal(1, await WriteGrainAsync(version: null, [1]));
        Assert.Null(await WriteGrainAsync(version: null, [9])); // someone else inserted first: conflict
        Assert.Equal(2, await WriteGrainAsync(version: 1, [2]));
        Assert.Equal(1, await WriteGrainAsync(version: 1, [9])); // stale: unchanged version means conflict
        var stored = Assert.Single(await ReadGrainAsync());
        Assert.Equal(new byte[] { 2 }, (byte[])stored["PayloadBinary"]!);
        Assert.Equal(2, stored["Version"]);
        Assert.Empty(await ReadGrainAsync(extension: "other")); // the key extension is part of the identity

        Assert.Equal(3, await ClearGrainAsync("ClearStorageKey", version: 2));
        Assert.Equal(2, await ClearGrainAsync("ClearStorageKey", version: 2)); // stale
        var cleared = Assert.Single(await ReadGrainAsync());
        Assert.Null(cleared["PayloadBinary"]);
        Assert.Equal(3, cleared["Version"]);

        Assert.Equal(4, await ClearGrainAsync("DeleteStorageKey", version: 3));
        Assert.Empty(await ReadGrainAsync());
    }

    [Fact]
    public async Task Reminders_upsert_with_a_new_version_and_read_by_grain_and_hash_range()
    {
        const string service = "pureconnect";
        var start = DateTime.UtcNow;
        Assert.Equal(0, await UpsertReminderAsync(service, "agent/1", "wrap-up", start, hash: 100));
        Assert.Equal(1, await UpsertReminderAsync(service, "agent/1", "wrap-up", start, hash: 100));
        Assert.Equal(0, await UpsertReminderAsync(service, "agent/1", "presence", start, hash: 100));
        Assert.Equal(0, await UpsertReminderAsync(service, "agent/2", "wrap-up", start, hash: -2_000_000_000));

        var one = Assert.Single(await queries.ReadAsync("ReadReminderRowKey",
            P("ServiceId", service), Ansi("GrainId", "agent/1"), P("ReminderName", "wrap-up")));
        Assert.Equal((1, 60_000L, "agent/1"), ((int)one["Version"]!, (long)one["Period"]!, (string)one["GrainId"]!));
        Assert.Equal(start, (DateTime)one["StartTime"]!, TimeSpan.FromMilliseconds(1));
        Assert.Equal(2, (await queries.ReadAsync("ReadReminderRowsKey", P("ServiceId", service), Ansi("GrainId", "agent/1"))).Count);
        Assert.Equal(2, (await queries.ReadAsync("ReadRangeRows1Key", P("ServiceId", service), P("BeginHash", 0), P("EndHash", 100))).Count);
        Assert.Empty(await queries.ReadAsync("ReadRangeRows1Key", P("ServiceId", service), P("BeginHash", 100), P("EndHash", 200)));
        var wrapped = await queries.ReadAsync("ReadRangeRows2Key", P("ServiceId", service), P("BeginHash", 1_000), P("EndHash", -1_000_000_000));
        Assert.Equal("agent/2", Assert.Single(wrapped)["GrainId"]);

        Assert.Equal(0, await DeleteReminderAsync(service, "agent/1", "wrap-up", version: 0));
        Assert.Equal(1, await DeleteReminderAsync(service, "agent/1", "wrap-up", version: 1));
        await queries.ReadAsync("DeleteReminderRowsKey", P("ServiceId", service));
        Assert.Empty(await queries.ReadAsync("ReadRangeRows2Key", P("ServiceId", service), P("BeginHash", 0), P("EndHash", 0)));
    }

    private Task<object?> InsertSiloAsync(string cluster, int port, int status, DateTime startTime, int version) =>
        queries.ScalarAsync("InsertMembershipKey",
            P("DeploymentId", cluster), Ansi("Address", "127.0.0.1"), P("Port", port), P("Generation", 1),
            P("SiloName", $"silo-{port}"), P("HostName", "localhost"), P("Status", status), P("ProxyPort", 30000),
            P("StartTime", startTime), P("IAmAliveTime", startTime), P("Version", version));

    private Task<object?> UpdateSiloAsync(string cluster, int port, int status, string? suspectTimes, int version) =>
        queries.ScalarAsync("UpdateMembershipKey",
            P("DeploymentId", cluster), Ansi("Address", "127.0.0.1"), P("Port", port), P("Generation", 1),
            P("Status", status), P("SuspectTimes", suspectTimes), P("IAmAliveTime", DateTime.UtcNow), P("Version", version));

    private static (string, object?, System.Data.DbType)[] GrainKey(string? extension) =>
    [
        P("GrainIdHash", 12345), P64("GrainIdN0", 0L), P64("GrainIdN1", 42L), P("GrainTypeHash", 678),
        P("GrainTypeString", "pubsubrendezvous"), P("GrainIdExtensionString", extension), P("ServiceId", "pureconnect"),
    ];

    private Task<List<Dictionary<string, object?>>> ReadGrainAsync(string? extension = null) =>
        queries.ReadAsync("ReadFromStorageKey", GrainKey(extension));

    private Task<object?> WriteGrainAsync(int? version, byte[] payload) =>
        queries.ScalarAsync("WriteToStorageKey", [.. GrainKey(null), P("GrainStateVersion", version), P("PayloadBinary", payload)]);

    private Task<object?> ClearGrainAsync(string key, int version) =>
        queries.ScalarAsync(key, [.. GrainKey(null), P("GrainStateVersion", version)]);

    private Task<object?> UpsertReminderAsync(string service, string grainId, string name, DateTime start, int hash) =>
        queries.ScalarAsync("UpsertReminderRowKey",
            P("ServiceId", service), Ansi("GrainId", grainId), P("ReminderName", name), P("StartTime", start),
            P("Period", 60_000), P("GrainHash", hash));

    private Task<object?> DeleteReminderAsync(string service, string grainId, string name, int version) =>
        queries.ScalarAsync("DeleteReminderRowKey",
            P("ServiceId", service), Ansi("GrainId", grainId), P("ReminderName", name), P("Version", version));
}
