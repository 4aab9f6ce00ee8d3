using Microsoft.Extensions.Logging;
using PureConnect.Icws;

namespace PureConnect.Grains.Agents;

// Workgroup activation (spec: "Change your workgroup activation status"): read from and written to CIC, which routes by it.
public sealed partial class AgentGrain
{
    public async Task<WorkgroupActivationsResult> GetWorkgroupActivationsAsync()
    {
        IReadOnlyList<WorkgroupActivationView> workgroups = [];
        var result = await _session.RunAsync(async session =>
        {
            workgroups = ToViews(await session.GetWorkgroupActivationsAsync(UserId));
            return CommandResult.Ok();
        }, OnSessionExpiredAsync);
        return new WorkgroupActivationsResult(result, result.Succeeded ? workgroups : []);
    }

    public async Task<WorkgroupActivationsResult> SetWorkgroupActivationAsync(string workgroup, bool activated)
    {
        var current = await GetWorkgroupActivationsAsync();
        if (!current.Result.Succeeded)
        {
            return current;
        }

        if (WorkgroupActivationRules.Check(workgroup, current.Workgroups) is { } refused)
        {
            return new WorkgroupActivationsResult(refused, current.Workgroups);
        }

        var name = WorkgroupActivationRules.Canonical(workgroup, current.Workgroups);
        IReadOnlyList<WorkgroupActivationView> after = [];
        var result = await _session.RunAsync(async session =>
        {
            try
            {
                after = ToViews(await session.SetWorkgroupActivationsAsync(UserId, new Dictionary<string, bool> { [name] = activated }));
            }
            catch (IcwsRequestException ex) when (ex.StatusCode == 403)
            {
                return CommandResult.Fail("workgroup.noRight", $"You do not have the Activate self right for the workgroup {name}.");
            }

            logger.LogInformation("Agent {UserId} {Change} in workgroup {Workgroup}", UserId, activated ? "activated" : "deactivated", name);
            return CommandResult.Ok();
        }, OnSessionExpiredAsync);
        return new WorkgroupActivationsResult(result, result.Succeeded ? after : current.Workgroups);
    }

    private static IReadOnlyList<WorkgroupActivationView> ToViews(IReadOnlyList<WorkgroupActivation> activations) =>
        [.. activations.Select(a => new WorkgroupActivationView(a.Workgroup, a.Activated))];
}
