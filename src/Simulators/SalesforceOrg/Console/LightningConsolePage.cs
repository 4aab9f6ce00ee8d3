using System.Net;
using System.Reflection;
using System.Text.Json;
using PureConnect.Simulators.SalesforceOrg.Control;
using PureConnect.Simulators.SalesforceOrg.Engine;

namespace PureConnect.Simulators.SalesforceOrg.Console;

/// <summary>
/// A simulated Lightning console for one agent user, <c>/console/{userId}</c>: the org's records (click-to-dial links, record pages),
/// the softphone (the call center's adapter URL) in the utility bar's iframe, Open CTI answered against the simulator's state through
/// the fake <c>opencti_min.js</c> (served where a real org serves it), a fake of our Omni-Channel utility-bar component, and a log of
/// what the softphone asked. <c>?toolkit=off</c> leaves out the utility-bar component (a console that never confirms a presence).
/// </summary>
internal static class LightningConsolePage
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IEndpointRouteBuilder MapLightningConsole(this IEndpointRouteBuilder app)
    {
        app.MapGet("/support/api/{version}/lightning/opencti_min.js", (string version) =>
            Results.Text(Asset("opencti_min.js"), "text/javascript; charset=utf-8"));
        app.MapGet("/console/assets/console.js", () => Results.Text(Asset("console.js"), "text/javascript; charset=utf-8"));

        var control = app.MapGroup("/control").AddEndpointFilter<ControlErrorFilter>();
        control.MapPut("/console", (ConsoleChange change, ConsoleSettings settings) =>
        {
            if (change.SoftphoneUrl is not { IsAbsoluteUri: true } url || url.Scheme is not ("https" or "http"))
                return Results.BadRequest(new { message = "softphoneUrl must be an absolute http(s) address" });

            settings.SoftphoneUrl = url;
            return Results.Ok(new { softphoneUrl = url });
        });

        var console = app.MapGroup("/console/{userId}").AddEndpointFilter<ControlErrorFilter>();
        console.MapGet("/", (string userId, string? toolkit, PresenceStore presence, RecordDirectory records, ConsoleSettings settings) =>
        {
            var user = presence.User(userId) ?? throw new OrgException(404, ErrorCodes.NotFound, $"No user '{userId}'.");
            return Results.Content(Render(user, records.All(), presence.Statuses, settings, toolkit != "off"), "text/html; charset=utf-8");
        });
        console.MapGet("/records", (string userId, PresenceStore presence, RecordDirectory records) =>
        {
            _ = presence.User(userId) ?? throw new OrgException(404, ErrorCodes.NotFound, $"No user '{userId}'.");
            return Results.Ok(records.All().Select(RecordJson));
        });
        console.MapGet("/search", (string userId, string? q, PresenceStore presence, RecordDirectory records) =>
        {
            _ = presence.User(userId) ?? throw new OrgException(404, ErrorCodes.NotFound, $"No user '{userId}'.");
            var digits = PhoneMatcher.Digits(q ?? "");
            List<object> matches = digits.Length < 3 ? [] : [.. records.All().Where(r => r.PhoneValues.Any(p => PhoneMatcher.Matches(digits, p))).Select(RecordJson)];
            return Results.Ok(matches);
        });
        return app;
    }

    private static object RecordJson(PhoneRecord r) => new { id = r.Id, type = r.Type, name = r.Name, phone = r.Phone, mobilePhone = r.MobilePhone, accountId = r.AccountId };

    private static string Render(OrgUser user, IReadOnlyList<PhoneRecord> records, IReadOnlyList<PresenceStatus> statuses, ConsoleSettings settings, bool toolkit)
    {
        var config = JsonSerializer.Serialize(new
        {
            userId = user.Id,
            softphoneUrl = settings.SoftphoneUrl?.AbsoluteUri,
            channel = settings.OmniMessageChannel,
            toolkit,
            records = records.Select(RecordJson),
        }, Json).Replace("<", "\\u003c", StringComparison.Ordinal);
        var options = string.Concat(statuses.Select(s =>
            $"<option value=\"{WebUtility.HtmlEncode(s.Id[..15])}\" data-api-name=\"{WebUtility.HtmlEncode(s.DeveloperName)}\">{WebUtility.HtmlEncode(s.Label)}</option>"));
        var frame = settings.SoftphoneUrl is { } url
            ? $"<iframe id=\"softphone\" data-testid=\"softphone-frame\" title=\"Softphone\" src=\"{WebUtility.HtmlEncode(url.AbsoluteUri)}\" allow=\"microphone\"></iframe>"
            : "<p id=\"softphone\">No call center: set the softphone with PUT /control/console.</p>";
        return $$"""
            <!doctype html><html><head><meta charset="utf-8"><title>Service Console (simulated)</title>
            <style>
            body{font-family:sans-serif;margin:0;display:grid;grid-template-columns:1fr 340px;height:100vh}
            main{padding:1em;overflow:auto} #utility{border-left:1px solid #ccc;display:flex;flex-direction:column}
            #utility[data-visible=false] iframe{height:40px} iframe{border:0;width:100%;height:600px}
            #current-record{font-weight:bold;margin:.5em 0} li{margin:.2em 0} #console-log{font-size:.8em;color:#555}
            </style></head><body data-user-id="{{WebUtility.HtmlEncode(user.Id)}}">
            <main>
              <h1>Service Console <small>({{WebUtility.HtmlEncode(user.UserName)}})</small></h1>
              <section><h2>Record</h2><div id="current-record" data-testid="current-record">Home</div></section>
              <section><h2>Records</h2><button id="reload-records" data-testid="reload-records">Refresh</button><ul id="records"></ul></section>
              <section><h2>Omni-Channel</h2><span id="omni-status" data-testid="omni-status">Offline</span>
                <select id="omni-choice" data-testid="omni-choice">{{options}}</select><button id="omni-set" data-testid="omni-set">Change</button></section>
              <section><h2>Open CTI log</h2><ol id="console-log" data-testid="console-log"></ol></section>
            </main>
            <aside id="utility" data-testid="utility" data-visible="true">{{frame}}</aside>
            <script type="application/json" id="console-config">{{config}}</script>
            <script src="/console/assets/console.js"></script>
            </body></html>
            """;
    }

    private static string Asset(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Console." + name)
                           ?? throw new InvalidOperationException($"The console asset {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    internal sealed record ConsoleChange(Uri? SoftphoneUrl);
}
