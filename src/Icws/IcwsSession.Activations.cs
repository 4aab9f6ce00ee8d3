using System.Text.Json;
using System.Text.Json.Nodes;
using PureConnect.Icws.Json;

namespace PureConnect.Icws;

/// <summary>One workgroup the user belongs to and whether they take its ACD interactions now.</summary>
public sealed record WorkgroupActivation(string Workgroup, bool Activated);

/// <summary>Workgroup activation (<c>activations/users/{userId}</c>, feature "activations" 1).</summary>
public sealed partial class IcwsSession
{
    /// <summary>The user's activation in each workgroup they belong to, by name.</summary>
    public async Task<IReadOnlyList<WorkgroupActivation>> GetWorkgroupActivationsAsync(string userId, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var response = await SendAsync(HttpMethod.Get, $"activations/users/{Uri.EscapeDataString(userId)}", ct: ct).ConfigureAwait(false);
        return response.ReadOrDefault(ReadActivations, []);
    }

    /// <summary>Activates or deactivates the user in the named workgroups (the others stay as they are); returns the new set.</summary>
    public async Task<IReadOnlyList<WorkgroupActivation>> SetWorkgroupActivationsAsync(
        string userId, IReadOnlyDictionary<string, bool> changes, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        ArgumentNullException.ThrowIfNull(changes);
        var activations = new JsonObject();
        foreach (var (workgroup, activated) in changes)
        {
            activations[workgroup] = activated;
        }

        var response = await SendAsync(HttpMethod.Put, $"activations/users/{Uri.EscapeDataString(userId)}",
            new JsonObject { ["activations"] = activations }, ct).ConfigureAwait(false);
        return response.ReadOrDefault(ReadActivations, []);
    }

    private static IReadOnlyList<WorkgroupActivation> ReadActivations(JsonElement root) =>
        JsonRead.TryGet(root, "activations", out var map) && map.ValueKind == JsonValueKind.Object
            ? [.. map.EnumerateObject()
                .Where(p => p.Value.ValueKind is JsonValueKind.True or JsonValueKind.False)
                .Select(p => new WorkgroupActivation(p.Name, p.Value.GetBoolean()))
                .OrderBy(a => a.Workgroup, StringComparer.OrdinalIgnoreCase)]
            : [];
}
