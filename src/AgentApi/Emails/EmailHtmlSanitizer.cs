using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Ganss.Xss;

namespace PureConnect.AgentApi.Emails;

/// <summary>
/// Incoming email HTML is hostile (spec: "Email views": inline images and other linked content appear only when the configuration
/// says so). HtmlSanitizer keeps formatting and drops scripts, event handlers, forms, <c>javascript:</c> and other unsafe URLs; on
/// top of it: no remote content (images, CSS <c>url()</c>, backgrounds) unless <see cref="EmailOptions.AllowRemoteContent"/>,
/// inline parts (<c>cid:</c>) pointed at their attachment download, pictures in <c>data:</c> URLs (PNG, JPEG, GIF, WebP) kept in images,
/// links opened in a new window without the opener.
/// </summary>
public sealed partial class EmailHtmlSanitizer(bool allowRemoteContent)
{
    private static readonly string[] FormTags = ["form", "input", "button", "select", "option", "optgroup", "textarea", "fieldset", "legend", "label", "datalist", "output"];
    private static readonly string[] UrlCssProperties = ["background", "background-image", "list-style", "list-style-image", "content", "cursor",
        "border-image", "border-image-source", "mask", "mask-image", "filter"];

    /// <summary>The HTML cleaned; <paramref name="resolveContentId"/> gives the URL of an inline part by its Content-ID (null drops it).</summary>
    public string Sanitize(string html, Func<string, string?> resolveContentId)
    {
        // One sanitizer per call: its URL filter closes over this email's inline parts.
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Add("cid");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedSchemes.Add("data");
        foreach (var tag in FormTags)
        {
            sanitizer.AllowedTags.Remove(tag);
        }

        foreach (var property in UrlCssProperties.Where(_ => !allowRemoteContent))
        {
            sanitizer.AllowedCssProperties.Remove(property);
        }

        sanitizer.AllowedAtRules.Clear();
        sanitizer.FilterUrl += (_, e) =>
        {
            if (e.SanitizedUrl is not { } url)
            {
                return;
            }

            if (url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            {
                // A picture carried in the HTML itself (the reply editor's Upload Image): loads nothing, so it is not remote content.
                // Raster types only, in an img only: an SVG or HTML data URL is a document that can run script.
                e.SanitizedUrl = e.Tag is IHtmlImageElement && InlinePicture().IsMatch(url) ? url : null;
            }
            else if (url.StartsWith("cid:", StringComparison.OrdinalIgnoreCase))
            {
                e.SanitizedUrl = resolveContentId(Uri.UnescapeDataString(url[4..]).Trim('<', '>'));
            }
            else if (e.Tag is not IHtmlAnchorElement && !allowRemoteContent)
            {
                // Loading it would tell the sender the email was read (and from where): a link is followed only when clicked.
                e.SanitizedUrl = null;
            }
        };
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is IHtmlAnchorElement anchor)
            {
                anchor.SetAttribute("target", "_blank");
                anchor.SetAttribute("rel", "noopener noreferrer nofollow");
            }
        };
        return sanitizer.Sanitize(html);
    }

    [GeneratedRegex("^data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/]+={0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex InlinePicture();
}

/// <summary>Email settings of the AgentApi, bound from the <c>Email</c> configuration section.</summary>
public sealed class EmailOptions
{
    public const string SectionName = "Email";

    /// <summary>Whether remote images and other linked content of incoming HTML are kept (off: they are removed).</summary>
    public bool AllowRemoteContent { get; set; }
}
