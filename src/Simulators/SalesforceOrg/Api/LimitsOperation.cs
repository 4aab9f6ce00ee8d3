using System.Text.Json.Nodes;
using PureConnect.Simulators.SalesforceOrg.Engine;

namespace PureConnect.Simulators.SalesforceOrg.Api;

/// <summary><c>GET limits</c>: the rolling 24-hour API allocation as <c>{"DailyApiRequests":{"Max":…,"Remaining":…}}</c>.
/// A real org lists many more limits; the simulator models only this one. The request itself is counted, as every data
/// request is, so <c>Remaining</c> already excludes it.</summary>
internal sealed class LimitsOperation(ApiUsageCounter usage)
{
    public ApiResult Get()
    {
        var (used, limit) = usage.Current;
        return new ApiResult(200, new JsonObject
        {
            ["DailyApiRequests"] = new JsonObject { ["Max"] = limit, ["Remaining"] = Math.Max(0, limit - used) },
        });
    }
}
