using System.Net;
using System.Text;
using PureConnect.Simulators.SalesforceOrg.Engine;

namespace PureConnect.Simulators.SalesforceOrg.Pages;

/// <summary>The page at <c>/</c>: the org's call logs for someone watching the demo (refreshes every 5 seconds).</summary>
internal static class TasksPage
{
    private static readonly string[] Columns =
        ["Id", "Subject", "CallType", "CallDurationInSeconds", "CallDisposition", "Status", "WhoId", "WhatId", "CallObject", "LastModifiedDate"];

    public static IEndpointRouteBuilder MapTasksPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (TaskStore tasks) => Results.Content(Render(tasks), "text/html; charset=utf-8"));
        return app;
    }

    private static string Render(TaskStore tasks)
    {
        var html = new StringBuilder("""
            <!doctype html><html><head><meta charset="utf-8"><meta http-equiv="refresh" content="5">
            <title>Salesforce org simulator</title>
            <style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}.deleted{color:#999;text-decoration:line-through}</style>
            </head><body><h1>Salesforce org simulator: call logs (Tasks)</h1><table><tr>
            """);
        foreach (var column in Columns.Append(tasks.ExternalIdField))
            html.Append("<th>").Append(WebUtility.HtmlEncode(column)).Append("</th>");

        html.Append("</tr>");
        foreach (var task in tasks.All().Reverse())
        {
            html.Append(task.IsDeleted ? "<tr class=\"deleted\">" : "<tr>");
            foreach (var column in Columns.Append(tasks.ExternalIdField))
                html.Append("<td>").Append(WebUtility.HtmlEncode(task.Fields.GetValueOrDefault(column)?.ToString() ?? "")).Append("</td>");

            html.Append("</tr>");
        }

        return html.Append("</table><p>Control API: <code>/control</code>; tasks as JSON: <a href=\"/control/tasks\">/control/tasks</a>.</p></body></html>").ToString();
    }
}
