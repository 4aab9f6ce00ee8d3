using System.Collections.Immutable;
using System.Text.Json.Nodes;
using PureConnect.Simulators.SalesforceOrg.Options;

namespace PureConnect.Simulators.SalesforceOrg.Engine;

/// <summary>
/// The org's Tasks in memory. Every write runs under one lock, so writes are serialised and deterministic;
/// <see cref="Atomically{T}"/> rolls back a batch (all-or-none collections and composite). Tasks are indexed by their external
/// id and a rollback undoes only what the batch wrote, so an upsert costs the same with a hundred Tasks as with a million
/// (a real org's indexed external id does too).
/// </summary>
internal sealed class TaskStore(SalesforceOrgOptions options, TaskFields fields, TaskValidator validator, RecordDirectory directory,
    SalesforceIds ids, OrgIdentity identity, TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, TaskRecord> _tasks = [];
    private readonly Dictionary<string, HashSet<string>> _byExternalId = new(StringComparer.Ordinal);
    private List<(string Id, TaskRecord? Before)>? _undo;
    private long _sequence;

    public string ExternalIdField => fields.ExternalIdField;

    public TaskRecord Create(JsonObject body)
    {
        var changes = validator.Validate(body, TaskWrite.Create);
        lock (_gate)
        {
            if (options.ExternalIdUnique && changes.GetValueOrDefault(ExternalIdField) is string value && Matching(value).Count > 0)
                throw new OrgException(400, ErrorCodes.DuplicateValue, $"duplicate value found: {ExternalIdField} duplicates value on record with id: {Matching(value)[0].Id}", ExternalIdField);

            var id = ids.Next(SalesforceIds.Task);
            var record = Write(new TaskRecord(id, ++_sequence, Defaults(id)), changes, created: true);
            Put(id, record);
            return record;
        }
    }

    public TaskRecord Update(string id, JsonObject body, TaskWrite mode = TaskWrite.Update)
    {
        var changes = validator.Validate(body, mode);
        lock (_gate)
        {
            var existing = Live(id);
            var record = Write(existing, changes, created: false);
            Put(existing.Id, record);
            return record;
        }
    }

    /// <summary>Upsert by <paramref name="field"/> = <paramref name="value"/>; the body must not repeat the key (single upserts).</summary>
    public UpsertOutcome Upsert(string field, string value, JsonObject body)
    {
        if (!field.Equals(ExternalIdField, StringComparison.OrdinalIgnoreCase))
            throw new OrgException(404, ErrorCodes.NotFound, $"Provided external ID field does not exist or is not accessible: {field}");

        if (body.Any(property => property.Key.Equals("Id", StringComparison.OrdinalIgnoreCase) || property.Key.Equals(ExternalIdField, StringComparison.OrdinalIgnoreCase)))
            throw new OrgException(400, ErrorCodes.InvalidField, $"The body of an upsert by {ExternalIdField} must contain neither Id nor {ExternalIdField}.");

        lock (_gate)
        {
            var matches = Matching(value);
            if (matches.Count > 1)
                return new UpsertOutcome(null, false, [.. matches.Select(match => match.Id)]);

            if (matches.Count == 1)
                return new UpsertOutcome(Update(matches[0].Id, body, TaskWrite.UpsertUpdate), false, []);

            var create = body.DeepClone().AsObject();
            create[ExternalIdField] = value;
            return new UpsertOutcome(Create(create), true, []);
        }
    }

    public void Delete(string id)
    {
        lock (_gate)
        {
            var existing = Live(id);
            Put(existing.Id, existing with { Fields = existing.Fields.SetItem("IsDeleted", true) });
        }
    }

    public TaskRecord Get(string id)
    {
        lock (_gate)
        {
            return Live(id);
        }
    }

    public IReadOnlyList<TaskRecord> Matching(string externalId)
    {
        lock (_gate)
        {
            return _byExternalId.TryGetValue(externalId, out var ids)
                ? [.. ids.Select(id => _tasks[id]).Where(task => !task.IsDeleted).OrderBy(task => task.Sequence)]
                : [];
        }
    }

    public IReadOnlyList<TaskRecord> All()
    {
        lock (_gate)
        {
            return [.. _tasks.Values.OrderBy(task => task.Sequence)];
        }
    }

    /// <summary>Runs <paramref name="work"/> alone; restores the Tasks as they were when <paramref name="keep"/> says no.</summary>
    public T Atomically<T>(Func<T> work, Func<T, bool> keep)
    {
        lock (_gate)
        {
            var undo = _undo = [];
            try
            {
                var result = work();
                if (!keep(result))
                    Undo(undo);

                return result;
            }
            catch
            {
                Undo(undo);
                throw;
            }
            finally
            {
                _undo = null;
            }
        }
    }

    /// <summary>Stores a record (under the lock), keeps the external-id index and, inside a batch, what to restore.</summary>
    private void Put(string id, TaskRecord? record)
    {
        var before = _tasks.GetValueOrDefault(id);
        _undo?.Add((id, before));
        if (before?.Text(ExternalIdField) is { } oldKey && _byExternalId.TryGetValue(oldKey, out var oldIds))
        {
            oldIds.Remove(id);
            if (oldIds.Count == 0)
                _byExternalId.Remove(oldKey);
        }

        if (record is null)
        {
            _tasks.Remove(id);
            return;
        }

        _tasks[id] = record;
        if (record.Text(ExternalIdField) is { } newKey)
        {
            if (!_byExternalId.TryGetValue(newKey, out var ids))
                _byExternalId[newKey] = ids = new HashSet<string>(StringComparer.Ordinal);
            ids.Add(id);
        }
    }

    private void Undo(List<(string Id, TaskRecord? Before)> undo)
    {
        _undo = null;
        for (var i = undo.Count - 1; i >= 0; i--)
            Put(undo[i].Id, undo[i].Before);
    }

    private TaskRecord Live(string id)
    {
        var key = SalesforceIds.IsWellFormed(id) ? SalesforceIds.To18(id) : id;
        if (!_tasks.TryGetValue(key, out var record))
        {
            throw SalesforceIds.IsWellFormed(id)
                ? new OrgException(404, ErrorCodes.NotFound, "The requested resource does not exist")
                : new OrgException(400, ErrorCodes.MalformedId, $"Task ID: id value of incorrect type: {id}", "Id");
        }

        return record.IsDeleted
            ? throw new OrgException(options.EntityDeletedStatusCode, ErrorCodes.EntityIsDeleted, "entity is deleted")
            : record;
    }

    private ImmutableDictionary<string, object?> Defaults(string id)
    {
        var now = SalesforceTime.Format(time.GetUtcNow());
        return ImmutableDictionary.Create<string, object?>(StringComparer.OrdinalIgnoreCase).AddRange(new Dictionary<string, object?>
        {
            ["Id"] = id,
            ["Status"] = options.DefaultTaskStatus,
            ["Priority"] = "Normal",
            ["OwnerId"] = identity.IntegrationUserId,
            ["TaskSubtype"] = "Task",
            ["IsDeleted"] = false,
            ["CreatedDate"] = now,
            ["CreatedById"] = identity.IntegrationUserId,
        });
    }

    /// <summary>Applies validated changes, checks the rules that span fields, and derives IsClosed, CompletedDateTime and AccountId.</summary>
    private TaskRecord Write(TaskRecord existing, Dictionary<string, object?> changes, bool created)
    {
        var fieldsAfter = existing.Fields.SetItems(changes);
        var who = fieldsAfter.GetValueOrDefault("WhoId") as string;
        var what = fieldsAfter.GetValueOrDefault("WhatId") as string;
        if (who?.StartsWith(SalesforceIds.Lead, StringComparison.Ordinal) == true && what is not null)
        {
            throw new OrgException(400, ErrorCodes.FieldIntegrity,
                "Related To ID: a task whose Name is a lead cannot be related to another record", "WhoId", "WhatId");
        }

        var now = created ? (string)existing.Fields["CreatedDate"]! : SalesforceTime.Format(time.GetUtcNow());
        var wasClosed = !created && existing.Fields.GetValueOrDefault("IsClosed") is true;
        var closed = TaskFields.ClosedStatuses.Contains(fieldsAfter.GetValueOrDefault("Status") as string ?? "");
        var completed = closed ? (wasClosed ? existing.Fields.GetValueOrDefault("CompletedDateTime") : now) : null;
        var account = what?.StartsWith(SalesforceIds.Account, StringComparison.Ordinal) == true
            ? what
            : who is null ? null : directory.Find(who)?.AccountId;
        return existing with
        {
            Fields = fieldsAfter.SetItems(new Dictionary<string, object?>
            {
                ["IsClosed"] = closed,
                ["CompletedDateTime"] = completed,
                ["AccountId"] = account,
                ["LastModifiedDate"] = now,
                ["LastModifiedById"] = identity.IntegrationUserId,
            }),
        };
    }
}
