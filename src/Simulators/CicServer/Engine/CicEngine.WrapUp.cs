using PureConnect.Simulators.CicServer.Contracts;

namespace PureConnect.Simulators.CicServer.Engine;

// Wrap-up codes per workgroup (configuration API) and wrap-up assignments on interactions (reference §9.1, §7.4).
public sealed partial class CicEngine
{
    private readonly Dictionary<string, List<WrapUpAssignmentRecord>> _wrapUpAssignments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Interaction> _awaitingWrapUp = new(StringComparer.Ordinal);

    /// <summary>Replaces a workgroup's wrap-up settings (control API).</summary>
    public void ConfigureWrapUp(string workgroup, WrapUpSettings settings) => Run(() => ConfigureWrapUpCore(workgroup, settings));

    /// <summary>Every wrap-up code some workgroup uses, ambiguous codes included, by id.</summary>
    public IReadOnlyList<WrapUpCodeConfiguration> ListWrapUpCodes(Session session) => Run(() =>
    {
        EnsureAlive(session);
        return (IReadOnlyList<WrapUpCodeConfiguration>)[.. AllCodes().OrderBy(c => c.Id, StringComparer.OrdinalIgnoreCase).Select(ToConfiguration)];
    });

    public WrapUpCodeConfiguration GetWrapUpCode(Session session, string codeId) => Run(() =>
    {
        EnsureAlive(session);
        var code = AllCodes().FirstOrDefault(c => string.Equals(c.Id, codeId, StringComparison.OrdinalIgnoreCase))
            ?? throw new IcwsErrorException(404, ErrorIds.ConfigurationNotFound, $"The wrap-up code '{codeId}' does not exist.");
        return ToConfiguration(code);
    });

    /// <summary>A workgroup's configuration as <c>GET configuration/workgroups/{id}</c> shows it: the wrap-up properties,
    /// under the names the options give them.</summary>
    public IReadOnlyDictionary<string, object> GetWorkgroupConfiguration(Session session, string workgroupId) => Run(() =>
    {
        EnsureAlive(session);
        var group = _workgroups.GetValueOrDefault(workgroupId)
            ?? throw new IcwsErrorException(404, ErrorIds.WorkgroupNotFound, $"The workgroup '{workgroupId}' does not exist.");
        var names = _options.WrapUpProperties;
        var result = new Dictionary<string, object>
        {
            ["configurationId"] = new ConfigurationId(group.Name, group.Name, $"/configuration/workgroups/{group.Name}"),
            [names.Codes] = group.WrapUp.Codes.Select(c => CodeId(c.Id, c.Label)).ToList(),
            [names.TimeLimit] = (int)Math.Ceiling(group.WrapUp.TimeLimit.TotalSeconds),
        };
        if (group.WrapUp.IsActive)
        {
            result[names.AmbiguousCode] = CodeId(group.WrapUp.AmbiguousCode, group.WrapUp.AmbiguousCode);
        }

        return result;
    });

    /// <summary>Records a wrap-up code on an interaction of the session's user: while it lives, or within the
    /// workgroup's time limit after it was deallocated.</summary>
    public void AssignWrapUp(Session session, string interactionId, WrapUpAssignmentRequest request) => Run(() =>
    {
        EnsureAlive(session);
        var call = _interactions.GetValueOrDefault(interactionId) ?? _awaitingWrapUp.GetValueOrDefault(interactionId)
            ?? throw new IcwsErrorException(404, ErrorIds.InteractionNotFound, $"The interaction {interactionId} was not found.");
        if (call.User != session.User)
        {
            throw NotYourInteraction(interactionId);
        }

        var settings = call.Workgroup?.WrapUp ?? WrapUpSettings.None;
        if (!settings.Accepts(request.Code))
        {
            throw new IcwsErrorException(400, ErrorIds.InvalidWrapUpCode,
                $"'{request.Code}' is not a wrap-up code of {(call.Workgroup is null ? "this interaction" : "workgroup " + call.Workgroup.Name)}.");
        }

        if (!_wrapUpAssignments.TryGetValue(interactionId, out var list))
        {
            _wrapUpAssignments[interactionId] = list = [];
        }

        list.Add(new WrapUpAssignmentRecord(interactionId, request.Code, request.SegmentId, request.Time, request.User,
            request.SourceInteractionId, Now));
    });

    /// <summary>The wrap-up assignments recorded for an interaction (control API).</summary>
    public IReadOnlyList<WrapUpAssignmentRecord> WrapUpAssignments(string interactionId) => Run(() =>
        (IReadOnlyList<WrapUpAssignmentRecord>)[.. _wrapUpAssignments.GetValueOrDefault(interactionId) ?? []]);

    /// <summary>A disconnected call of a workgroup with codes stays assignable for the time limit (and a minute of grace).</summary>
    private void KeepForWrapUp(Interaction call)
    {
        if (call.Workgroup is not { WrapUp.IsActive: true } group)
        {
            return;
        }

        _awaitingWrapUp[call.Id] = call;
        After(group.WrapUp.TimeLimit + TimeSpan.FromMinutes(1), () =>
        {
            _awaitingWrapUp.Remove(call.Id);
            _wrapUpAssignments.Remove(call.Id);
        });
    }

    private void ConfigureWrapUpCore(string workgroup, WrapUpSettings settings)
    {
        var group = _workgroups.GetValueOrDefault(workgroup) ?? throw NotFound($"Workgroup '{workgroup}' does not exist.");
        if (settings.TimeLimit <= TimeSpan.Zero || string.IsNullOrWhiteSpace(settings.AmbiguousCode)
            || settings.Codes.Any(c => string.IsNullOrWhiteSpace(c.Id)))
        {
            throw Invalid("Wrap-up needs code ids, a positive time limit and an ambiguous code.");
        }

        group.WrapUp = settings;
    }

    private IEnumerable<WrapUpCode> AllCodes() => _workgroups.Values
        .Where(g => g.WrapUp.IsActive)
        .SelectMany(g => g.WrapUp.Codes.Append(new WrapUpCode(g.WrapUp.AmbiguousCode, g.WrapUp.AmbiguousCode, null)))
        .DistinctBy(c => c.Id, StringComparer.OrdinalIgnoreCase);

    private static ConfigurationId CodeId(string id, string label) => new(id, label, $"/configuration/wrap-up-codes/{id}");

    private static ConfigurationId CategoryId(string id) => new(id, id, $"/configuration/wrap-up-categories/{id}");

    private static WrapUpCodeConfiguration ToConfiguration(WrapUpCode code) =>
        new(CodeId(code.Id, code.Label), code.Label, code.Category is null ? null : CategoryId(code.Category), null, false, false);
}
