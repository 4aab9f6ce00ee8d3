using PureConnect.Icws.Json;

namespace PureConnect.Icws;

/// <summary>Wrap-up (§9.1): the code catalogue, a workgroup's codes and time limit, and assigning a code to an interaction.</summary>
public sealed partial class IcwsSession
{
    /// <summary>Every wrap-up code (<c>GET configuration/wrap-up-codes?select=*</c>).</summary>
    public async Task<IReadOnlyList<WrapUpCode>> GetWrapUpCodesAsync(CancellationToken ct = default)
    {
        var response = await SendAsync(HttpMethod.Get, "configuration/wrap-up-codes?select=*", ct: ct).ConfigureAwait(false);
        return response.Read(WrapUpJson.ReadCodes);
    }

    /// <summary>
    /// A workgroup's wrap-up settings (<c>GET configuration/workgroups/{id}?select=…</c>, property names from
    /// <see cref="IcwsClientOptions.WrapUp"/>). A code listed without a display name is labelled by its id.
    /// </summary>
    public async Task<WorkgroupWrapUp> GetWorkgroupWrapUpAsync(string workgroup, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(workgroup);
        var names = _options.WrapUp;
        var select = string.Join(",", names.Codes, names.TimeLimit, names.AmbiguousCode);
        var path = $"configuration/workgroups/{Segment(workgroup)}?select={Uri.EscapeDataString(select)}";
        var response = await SendAsync(HttpMethod.Get, path, ct: ct).ConfigureAwait(false);
        return response.Read(root => WrapUpJson.ReadWorkgroup(root, workgroup, names));
    }

    /// <summary>Assigns a wrap-up code to an interaction (<c>POST interactions/{id}/wrap-up-assignments</c>).</summary>
    public Task AssignWrapUpAsync(string interactionId, WrapUpAssignment assignment, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        return SendAsync(HttpMethod.Post, $"interactions/{Segment(interactionId)}/wrap-up-assignments", WrapUpJson.Assignment(assignment), ct);
    }
}
