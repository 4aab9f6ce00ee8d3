using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using PureConnect.AgentUi.Session;

namespace PureConnect.AgentUi.OpenCti;

/// <summary>
/// What lets the softphone live in the console's utility-bar iframe: a Content-Security-Policy <c>frame-ancestors</c> with the softphone's
/// own origin and the configured console origins (nobody else may frame it), and the cookie that brings the login steps back to
/// <c>/opencti</c>.
/// </summary>
public static partial class OpenCtiPage
{
    public static IReadOnlyList<string> FrameAncestorErrors(CallCenterOptions options) =>
        [.. options.FrameAncestors.Where(origin => !Origin().IsMatch(origin ?? ""))];

    /// <summary>The header value: <c>'self'</c> and the configured origins.</summary>
    public static string FrameAncestors(CallCenterOptions options) =>
        string.Join(' ', ["frame-ancestors", "'self'", .. options.FrameAncestors.Select(o => o.TrimEnd('/'))]);

    public static void UseOpenCtiPage(this IApplicationBuilder app)
    {
        var policy = FrameAncestors(app.ApplicationServices.GetRequiredService<IOptions<CallCenterOptions>>().Value);
        app.Use((context, next) =>
        {
            context.Response.Headers.ContentSecurityPolicy = policy;
            LoginStepRoutes.TrackHome(context);
            return next(context);
        });
    }

    // scheme://host[:port], the host may start with one "*." (https://*.lightning.force.com); nothing a header could be broken with.
    [GeneratedRegex(@"^https?://(\*\.)?[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?(:\d{1,5})?/?$")]
    private static partial Regex Origin();
}
