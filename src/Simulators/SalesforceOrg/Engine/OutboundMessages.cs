using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using PureConnect.Simulators.SalesforceOrg.Options;

namespace PureConnect.Simulators.SalesforceOrg.Engine;

/// <summary>
/// The org's outbound message on a Case reply: when an EmailMessage is created with <c>Incoming</c> false under a Case, a notification
/// carrying the record goes to each of <see cref="SalesforceOrgOptions.CaseReplyOutboundMessageUrls"/>, in the background (the insert
/// does not wait), retried with back-off until a 2xx or <see cref="SalesforceOrgOptions.OutboundMessageAttempts"/> attempts.
/// The shape follows a real outbound message (organization, action, notifications each with an id and the sObject) in JSON.
/// </summary>
internal sealed class OutboundMessages : BackgroundService
{
    private readonly Channel<(string NotificationId, JsonObject Record)> _pending = Channel.CreateUnbounded<(string, JsonObject)>();
    private readonly List<OutboundDelivery> _deliveries = [];
    private readonly Lock _gate = new();
    private readonly SalesforceOrgOptions _options;
    private readonly SalesforceIds _ids;
    private readonly OrgIdentity _identity;
    private readonly IHttpClientFactory _clients;
    private readonly TimeProvider _time;
    private readonly ILogger<OutboundMessages> _logger;

    public OutboundMessages(SalesforceOrgOptions options, EmailMessageStore messages, SalesforceIds ids, OrgIdentity identity,
        IHttpClientFactory clients, TimeProvider time, ILogger<OutboundMessages> logger)
    {
        (_options, _ids, _identity, _clients, _time, _logger) = (options, ids, identity, clients, time, logger);
        messages.Created += OnEmailMessage;
    }

    /// <summary>What was sent where, oldest first (control API).</summary>
    public IReadOnlyList<OutboundDelivery> Deliveries()
    {
        lock (_gate)
        {
            return [.. _deliveries];
        }
    }

    private void OnEmailMessage(JsonObject record)
    {
        var isCaseReply = record["Incoming"]?.GetValue<bool>() == false
            && record["ParentId"]?.GetValue<string>() is { } parent && parent.StartsWith(SalesforceIds.Case, StringComparison.Ordinal);
        if (isCaseReply && _options.CaseReplyOutboundMessageUrls.Count > 0)
        {
            _pending.Writer.TryWrite((_ids.Next(SalesforceIds.OutboundMessage), record));
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (notificationId, record) in _pending.Reader.ReadAllAsync(stoppingToken))
        {
            foreach (var url in _options.CaseReplyOutboundMessageUrls)
            {
                // One at a time, in creation order: a listener sees the replies as the org made them.
                await DeliverAsync(url, notificationId, record, stoppingToken);
            }
        }
    }

    private async Task DeliverAsync(Uri url, string notificationId, JsonObject record, CancellationToken stoppingToken)
    {
        var message = new JsonObject
        {
            ["organizationId"] = _identity.OrgId,
            ["actionId"] = "04kSIMCASEREPLY",
            ["notifications"] = new JsonArray(new JsonObject
            {
                ["id"] = notificationId,
                ["sObject"] = Record(record),
            }),
        };
        var delivery = new OutboundDelivery(notificationId, record["Id"]!.GetValue<string>(), url);
        lock (_gate)
        {
            _deliveries.Add(delivery);
        }

        var client = _clients.CreateClient(nameof(OutboundMessages));
        for (var attempt = 1; attempt <= Math.Max(1, _options.OutboundMessageAttempts); attempt++)
        {
            delivery.Attempts = attempt;
            try
            {
                using var response = await client.PostAsJsonAsync(url, message, stoppingToken);
                if (response.IsSuccessStatusCode)
                {
                    delivery.Delivered = true;
                    delivery.LastError = null;
                    return;
                }

                delivery.LastError = $"HTTP {(int)response.StatusCode}";
            }
            catch (HttpRequestException error)
            {
                delivery.LastError = error.Message;
            }

            _logger.LogWarning("Outbound message {NotificationId} to {Url} failed (attempt {Attempt}): {Error}", notificationId, url, attempt, delivery.LastError);
            if (attempt < _options.OutboundMessageAttempts)
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, attempt - 1))), _time, stoppingToken);
        }
    }

    private static JsonObject Record(JsonObject record)
    {
        var sObject = new JsonObject { ["type"] = "EmailMessage" };
        foreach (var field in (string[])["Id", "ParentId", "Incoming", "Status", "Subject", "FromAddress", "ToAddress", "MessageDate", "CreatedDate"])
        {
            sObject[field] = record[field]?.DeepClone();
        }

        return sObject;
    }
}
