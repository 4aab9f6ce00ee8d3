using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PureConnect.IntegrationTests.Api;
using PureConnect.IntegrationTests.Calls;
using PureConnect.IntegrationTests.Infrastructure;
using static PureConnect.IntegrationTests.Calls.CallDesk;

namespace PureConnect.IntegrationTests.Emails;

/// <summary>Spec: "Email", through the whole stack: an ACD email routed by the CIC simulator, watched by the ingest, held by the
/// interaction grain, read and answered by the agent at the AgentApi, sent by the simulator's outbound mailbox.</summary>
[Collection(StackCollection.Name)]
public sealed class EmailTests(StackFixture stack)
{
    private static readonly byte[] Audio = [.. Encoding.ASCII.GetBytes("RIFF"), 9, 8, 7, 6, .. Encoding.ASCII.GetBytes("WAVEfmt ")];
    private static readonly byte[] Logo = [0x89, (byte)'P', (byte)'N', (byte)'G', 1, 2, 3];

    private const string HostileHtml =
        "<p onclick=\"steal()\">Where is <b>my order</b>?<script>alert('x')</script></p>"
        + "<img src=\"https://tracker.example/open.gif\"><img src=\"cid:logo@customer.example\" alt=\"logo\">"
        + "<a href=\"javascript:alert(1)\">click</a><a href=\"https://shop.example/orders/1234\">order</a>"
        + "<form action=\"https://evil.example\"><input name=\"password\"></form>"
        + "<div style=\"background-image:url(https://tracker.example/bg.png);color:red\">styled</div>";

    [Fact]
    public async Task An_agent_reads_a_hostile_html_email_sanitised_replies_with_an_attachment_after_a_refused_address_and_reopens_the_email()
    {
        var workgroup = await WorkgroupAsync(out var agentId);
        await using var desk = await CallDesk.OpenAsync(stack, agentId);
        var id = await stack.Control.SendEmailAsync(workgroup, Email(HostileHtml));

        var alerting = await desk.WaitForAsync(id, i => Status(i) == "Alerting" && i.GetProperty("objectType").GetString() == "Email Interaction",
            "the email alerting");
        var key = Key(alerting);
        (await desk.PostAsync($"/api/me/interactions/{key}/email/responses", new { kind = "Reply" })).ShouldFail(HttpStatusCode.Conflict, "email.notPickedUp");
        (await desk.PostAsync($"/api/me/interactions/{key}/pickup")).ShouldBe(HttpStatusCode.Accepted);
        await desk.WaitForAsync(id, i => Status(i) == "Connected", "the email picked up");

        var email = await EmailAsync(desk, key, e => e.GetProperty("subject").GetString() == "Order 1234 is late", "the email's contents");
        var html = email.GetProperty("html").GetString()!;
        Assert.Contains("<b>my order</b>", html, StringComparison.Ordinal);
        foreach (var hostile in (string[])["script", "onclick", "tracker.example", "javascript:", "<form", "<input", "evil.example"])
        {
            Assert.DoesNotContain(hostile, html, StringComparison.OrdinalIgnoreCase);
        }

        var attachments = email.GetProperty("attachments").EnumerateArray().ToList();
        var logo = attachments.Single(a => a.GetProperty("name").GetString() == "logo.png");
        Assert.Contains($"src=\"{logo.GetProperty("downloadUrl").GetString()}\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://shop.example/orders/1234\"", html, StringComparison.Ordinal);
        Assert.Equal(("Verified", "Carol Customer", "carol@customer.example"), (email.GetProperty("signature").GetString(),
            email.GetProperty("from").GetProperty("name").GetString(), email.GetProperty("from").GetProperty("address").GetString()));
        Assert.Equal(["Reply", "ReplyAll", "Forward"], email.GetProperty("allowedResponses").EnumerateArray().Select(e => e.GetString()));
        using (var image = await desk.Api.Http.GetAsync(logo.GetProperty("downloadUrl").GetString()))
        {
            Assert.Equal(HttpStatusCode.OK, image.StatusCode);
            Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
            Assert.Equal(Logo, await image.Content.ReadAsByteArrayAsync());
        }

        using (var audio = await desk.Api.Http.GetAsync(attachments.Single(a => a.GetProperty("name").GetString() == "voicemail.wav").GetProperty("downloadUrl").GetString()))
        {
            Assert.Equal(HttpStatusCode.OK, audio.StatusCode);
            Assert.Equal(("audio/wav", "attachment"), (audio.Content.Headers.ContentType?.MediaType, audio.Content.Headers.ContentDisposition?.DispositionType));
            Assert.Equal(Audio, await audio.Content.ReadAsByteArrayAsync());
        }

        var created = (await desk.PostAsync($"/api/me/interactions/{key}/email/responses", new { kind = "Reply" })).ShouldBe(HttpStatusCode.Accepted);
        var replyId = created.Property("interactionId")!;
        var reply = await desk.WaitForAsync(replyId, i => Status(i) == "Connected", "the reply draft on the agent's queue");
        var replyKey = Key(reply);
        await EmailAsync(desk, key, e => e.GetProperty("replies").EnumerateArray().Any(r => r.GetProperty("key").GetString() == replyKey),
            "the reply listed under its email");
        var draft = await EmailAsync(desk, replyKey, e => e.GetProperty("subject").GetString() == "RE: Order 1234 is late", "the draft's contents");
        Assert.Equal((true, "Reply", id), (draft.GetProperty("editable").GetBoolean(), draft.GetProperty("kind").GetString(), draft.GetProperty("parentInteractionId").GetString()));

        (await desk.Api.PutAsync($"/api/me/interactions/{replyKey}/email/draft", new
        {
            to = new[] { new { address = "carol@customer.example", name = "Carol" } },
            cc = new[] { new { address = "not an address" } },
            subject = "RE: Order 1234 is late",
            text = "It ships today.",
        })).ShouldFail(HttpStatusCode.BadRequest, "email.invalidAddress");
        (await desk.Api.PutAsync($"/api/me/interactions/{replyKey}/email/draft", new
        {
            to = new[] { new { address = "carol@customer.example", name = "Carol" } },
            subject = "RE: Order 1234 is late",
            text = "It ships today.",
            html = "<p>It ships <b>today</b>.<script>alert(1)</script></p>",
        })).ShouldBe(HttpStatusCode.Accepted);
        (await UploadAsync(desk, replyKey, "label.txt", "PARCEL-42"u8.ToArray())).ShouldBe(HttpStatusCode.Accepted);
        (await UploadAsync(desk, replyKey, "huge.bin", new byte[10 * 1024 * 1024 + 1])).ShouldFail(HttpStatusCode.RequestEntityTooLarge, "email.attachmentTooLarge");

        await stack.Control.PutJsonAsync("/control/emails/refused-addresses", new { addresses = new[] { "carol@customer.example" } });
        try
        {
            var refused = (await desk.PostAsync($"/api/me/interactions/{replyKey}/email/send")).ShouldFail(HttpStatusCode.Conflict, "email.recipientRefused");
            Assert.Contains("carol@customer.example", refused.Property("message"), StringComparison.Ordinal);
            var kept = await EmailAsync(desk, replyKey, e => e.GetProperty("attachments").GetArrayLength() == 1, "the draft with its attachment");
            Assert.True(kept.GetProperty("editable").GetBoolean());
            Assert.Equal("It ships today.", kept.GetProperty("text").GetString());
        }
        finally
        {
            await stack.Control.PutJsonAsync("/control/emails/refused-addresses", new { addresses = Array.Empty<string>() });
        }

        (await desk.PostAsync($"/api/me/interactions/{replyKey}/email/send")).ShouldBe(HttpStatusCode.Accepted);
        await desk.WaitForAsync(replyId, i => Status(i) == "Disconnected", "the sent reply disconnected");
        var sent = (await stack.Control.GetAsync("/control/emails/sent")).EnumerateArray().Single(s => s.GetProperty("interactionId").GetString() == replyId);
        Assert.Equal(["label.txt"], sent.GetProperty("attachments").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.Equal(["carol@customer.example"], sent.GetProperty("to").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains("<b>today</b>", sent.GetProperty("html").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("script", sent.GetProperty("html").GetString(), StringComparison.Ordinal);

        using (var salesforce = new HttpClient { BaseAddress = stack.SalesforceUri })
        {
            var tasks = await Eventually.MatchesAsync(
                () => salesforce.GetFromJsonAsync<List<JsonElement>>($"/control/tasks?externalId={Uri.EscapeDataString(replyKey)}")!,
                found => found!.Count == 1 && found[0].GetProperty("Status").GetString() == "Completed",
                TimeSpan.FromMinutes(3), "the reply's call-log Task");
            Assert.Equal(("Email", "Email: RE: Order 1234 is late", "It ships today."), (tasks![0].GetProperty("TaskSubtype").GetString(),
                tasks[0].GetProperty("Subject").GetString(), tasks[0].GetProperty("Description").GetString()));
        }

        (await desk.PostAsync($"/api/me/interactions/{key}/disconnect")).ShouldBe(HttpStatusCode.Accepted);
        await desk.WaitForAsync(id, i => Status(i) == "Disconnected", "the email disconnected");
        (await desk.PostAsync($"/api/me/interactions/{key}/email/reopen")).ShouldBe(HttpStatusCode.Accepted);
        await desk.WaitForAsync(id, i => Status(i) == "Connected", "the email reopened");
    }

    [Fact]
    public async Task An_agent_forwards_an_email_with_its_attachments_and_transfers_another_to_a_colleague()
    {
        var workgroup = await WorkgroupAsync(out var agentId);
        await using var desk = await CallDesk.OpenAsync(stack, agentId);
        await using var colleague = await CallDesk.OpenAsync(stack, stack.TakeAgent());
        var id = await stack.Control.SendEmailAsync(workgroup, Email("<p>Please see the recording.</p>"));
        var key = Key(await desk.WaitForStatusAsync(id, "Alerting"));
        (await desk.PostAsync($"/api/me/interactions/{key}/pickup")).ShouldBe(HttpStatusCode.Accepted);
        await desk.WaitForAsync(id, i => Status(i) == "Connected", "the email picked up");
        await EmailAsync(desk, key, e => e.GetProperty("allowedResponses").GetArrayLength() == 3, "the email's contents");

        var forwardId = (await desk.PostAsync($"/api/me/interactions/{key}/email/responses", new { kind = "Forward" })).ShouldBe(HttpStatusCode.Accepted)
            .Property("interactionId")!;
        var forwardKey = Key(await desk.WaitForAsync(forwardId, i => Status(i) == "Connected", "the forward draft"));
        var forward = await EmailAsync(desk, forwardKey, e => e.GetProperty("attachments").GetArrayLength() == 2, "the forward with the email's attachments");
        Assert.Equal("FW: Order 1234 is late", forward.GetProperty("subject").GetString());
        (await desk.PostAsync($"/api/me/interactions/{forwardKey}/email/send")).ShouldFail(HttpStatusCode.BadRequest, "email.noRecipients");
        (await desk.Api.PutAsync($"/api/me/interactions/{forwardKey}/email/draft", new
        {
            to = new[] { new { address = "tier2@contoso.example", name = "Tier 2" } },
            subject = "FW: Order 1234 is late",
            text = "Can you take this one?",
        })).ShouldBe(HttpStatusCode.Accepted);
        (await desk.PostAsync($"/api/me/interactions/{key}/disconnect")).ShouldFail(HttpStatusCode.Conflict, "email.openResponses");
        (await desk.PostAsync($"/api/me/interactions/{forwardKey}/email/send")).ShouldBe(HttpStatusCode.Accepted);
        await desk.WaitForAsync(forwardId, i => Status(i) == "Disconnected", "the forward sent");
        var sent = (await stack.Control.GetAsync("/control/emails/sent")).EnumerateArray().Single(s => s.GetProperty("interactionId").GetString() == forwardId);
        Assert.Equal(["voicemail.wav", "logo.png"], sent.GetProperty("attachments").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.Equal(("Forward", "Can you take this one?"), (sent.GetProperty("type").GetString(), sent.GetProperty("text").GetString()));

        (await desk.PostAsync($"/api/me/interactions/{key}/transfer", new { mode = "blind", kind = "User", target = colleague.AgentId })).ShouldBe(HttpStatusCode.Accepted);
        var atColleague = await colleague.WaitForStatusAsync(id, "Alerting");
        (await colleague.PostAsync($"/api/me/interactions/{Key(atColleague)}/pickup")).ShouldBe(HttpStatusCode.Accepted);
        await colleague.WaitForAsync(id, i => Status(i) == "Connected", "the colleague picking up the transferred email");
        await desk.WaitUntilGoneAsync(id, "the transferred email to leave the first agent");
        var read = await EmailAsync(colleague, Key(atColleague), e => e.GetProperty("subject").GetString() == "Order 1234 is late", "the email at the colleague");
        Assert.Contains("Please see the recording.", read.GetProperty("html").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_email_to_case_email_pops_its_case_and_its_task_is_related_to_the_case()
    {
        const string CaseId = "500000000000001AAA";
        var workgroup = await WorkgroupAsync(out var agentId);
        await using var desk = await CallDesk.OpenAsync(stack, agentId);
        var email = Email("<p>Case update</p>");
        email["caseId"] = CaseId;
        var id = await stack.Control.SendEmailAsync(workgroup, email);

        var popped = await desk.WaitForAsync(id, i => i.TryGetProperty("screenPop", out var pop) && pop.ValueKind == JsonValueKind.Object,
            "the Case popped");
        var pop = popped.GetProperty("screenPop");
        Assert.Equal(("Record", CaseId), (pop.GetProperty("kind").GetString(), pop.GetProperty("recordId").GetString()));
        var key = Key(popped);
        (await desk.PostAsync($"/api/me/interactions/{key}/pickup")).ShouldBe(HttpStatusCode.Accepted);
        await desk.WaitForAsync(id, i => Status(i) == "Connected", "the email picked up");
        (await desk.PostAsync($"/api/me/interactions/{key}/disconnect")).ShouldBe(HttpStatusCode.Accepted);

        using var salesforce = new HttpClient { BaseAddress = stack.SalesforceUri };
        var tasks = await Eventually.MatchesAsync(
            () => salesforce.GetFromJsonAsync<List<JsonElement>>($"/control/tasks?externalId={Uri.EscapeDataString(key)}")!,
            found => found!.Count == 1 && found[0].GetProperty("Status").GetString() == "Completed",
            TimeSpan.FromMinutes(3), "the email's call-log Task");
        Assert.Equal((CaseId, "Email", "Email: Order 1234 is late"), (tasks![0].GetProperty("WhatId").GetString(),
            tasks[0].GetProperty("TaskSubtype").GetString(), tasks[0].GetProperty("Subject").GetString()));
    }

    [Fact]
    public async Task An_email_to_case_email_disconnects_when_the_agent_replies_to_its_case_in_salesforce_and_its_task_completes()
    {
        var caseId = NewCaseId();
        var workgroup = await WorkgroupAsync(out var agentId);
        await using var desk = await CallDesk.OpenAsync(stack, agentId);
        var (id, key) = await PickedUpCaseEmailAsync(desk, workgroup, caseId);

        using var salesforce = await SalesforceRestAsync();
        var replyId = await ReplyToCaseAsync(salesforce, caseId);

        await desk.WaitForAsync(id, i => Status(i) == "Disconnected", "the email disconnected by the reply to its Case");
        var tasks = await Eventually.MatchesAsync(
            () => salesforce.GetFromJsonAsync<List<JsonElement>>($"/control/tasks?externalId={Uri.EscapeDataString(key)}")!,
            found => found!.Count == 1 && found[0].GetProperty("Status").GetString() == "Completed",
            TimeSpan.FromMinutes(3), "the email's Task completed");
        Assert.StartsWith(caseId, tasks![0].GetProperty("WhatId").GetString(), StringComparison.Ordinal);
        var reply = (await stack.Control.GetAsync("/control/object-routing/case-replies")).EnumerateArray()
            .Single(r => r.GetProperty("replyId").GetString() == replyId);
        Assert.Equal([id], reply.GetProperty("disconnected").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task An_email_to_case_email_stays_connected_after_a_reply_to_its_case_when_its_workgroup_is_not_set_to_disconnect()
    {
        var caseId = NewCaseId();
        var workgroup = await WorkgroupAsync(out var agentId);
        await stack.Control.PutJsonAsync($"/control/workgroups/{workgroup}/email-to-case", new { disconnectOnReply = false });
        await using var desk = await CallDesk.OpenAsync(stack, agentId);
        var (id, key) = await PickedUpCaseEmailAsync(desk, workgroup, caseId);

        using var salesforce = await SalesforceRestAsync();
        var replyId = await ReplyToCaseAsync(salesforce, caseId);

        var reply = await Eventually.MatchesAsync(
            async () => (await stack.Control.GetAsync("/control/object-routing/case-replies")).EnumerateArray()
                .FirstOrDefault(r => r.GetProperty("replyId").GetString() == replyId),
            r => r.ValueKind == JsonValueKind.Object, TimeSpan.FromMinutes(1), "the connector told of the reply");
        Assert.Equal([id], reply.GetProperty("kept").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("Connected", Status((await desk.InteractionsAsync()).Single(i => Id(i) == id)));
        (await desk.PostAsync($"/api/me/interactions/{key}/disconnect")).ShouldBe(HttpStatusCode.Accepted);
        await desk.WaitForAsync(id, i => Status(i) == "Disconnected", "the agent disconnecting the email");
    }

    [Fact]
    public async Task A_received_emails_task_is_named_after_the_contact_whose_address_sent_it()
    {
        var address = $"dana{Guid.NewGuid():N}@customer.example";
        using var salesforce = new HttpClient { BaseAddress = stack.SalesforceUri };
        using var created = await salesforce.PostAsJsonAsync("/control/records", new { type = "Contact", name = "Dana Customer", email = address });
        created.EnsureSuccessStatusCode();
        var contactId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var workgroup = await WorkgroupAsync(out var agentId);
        await using var desk = await CallDesk.OpenAsync(stack, agentId);
        var email = Email("<p>Hello</p>");
        email["from"] = new { address, name = "Dana" };
        var id = await stack.Control.SendEmailAsync(workgroup, email);

        var popped = await desk.WaitForAsync(id, i => i.TryGetProperty("screenPop", out var pop) && pop.ValueKind == JsonValueKind.Object,
            "the contact popped");
        Assert.Equal(("Record", contactId), (popped.GetProperty("screenPop").GetProperty("kind").GetString(), popped.GetProperty("screenPop").GetProperty("recordId").GetString()));
        var key = Key(popped);
        (await desk.PostAsync($"/api/me/interactions/{key}/pickup")).ShouldBe(HttpStatusCode.Accepted);
        await desk.WaitForAsync(id, i => Status(i) == "Connected", "the email picked up");
        (await desk.PostAsync($"/api/me/interactions/{key}/disconnect")).ShouldBe(HttpStatusCode.Accepted);

        var tasks = await Eventually.MatchesAsync(
            () => salesforce.GetFromJsonAsync<List<JsonElement>>($"/control/tasks?externalId={Uri.EscapeDataString(key)}")!,
            found => found!.Count == 1 && found[0].GetProperty("Status").GetString() == "Completed",
            TimeSpan.FromMinutes(3), "the email's call-log Task");
        Assert.Equal((contactId, "Where is my order?"), (tasks![0].GetProperty("WhoId").GetString(), tasks[0].GetProperty("Description").GetString()));
    }

    [Fact]
    public async Task A_formatted_response_goes_into_an_email_reply_with_its_formatting_and_nothing_that_runs()
    {
        var workgroup = await WorkgroupAsync(out var agentId);
        await using var desk = await CallDesk.OpenAsync(stack, agentId);
        var email = Email("<p>Hello</p>");
        email["from"] = new { address = "carol@customer.example", name = "Carol <b>C</b>" };
        var id = await stack.Control.SendEmailAsync(workgroup, email);
        var key = Key(await desk.WaitForAsync(id, i => Status(i) == "Alerting", "the email alerting"));
        (await desk.PostAsync($"/api/me/interactions/{key}/pickup")).ShouldBe(HttpStatusCode.Accepted);
        await desk.WaitForAsync(id, i => Status(i) == "Connected", "the email picked up");
        var shortcut = $"ship{Guid.NewGuid():N}"[..12];
        (await desk.PostAsync("/api/me/responses/personal/items", new
        {
            name = "Shipping",
            shortcut,
            value = "<p>Dear [Attribute:Eic_RemoteName], it ships <b>today</b>.<img src=\"x\" onerror=\"alert(1)\"><script>alert(2)</script></p>",
        })).ShouldBe(HttpStatusCode.Created);

        var expanded = (await desk.PostAsync("/api/me/responses/expand", new { interactionKey = key, shortcut })).ShouldBe(HttpStatusCode.OK).Json;

        var html = expanded.GetProperty("html").GetString()!;
        Assert.Contains("it ships <b>today</b>.", html, StringComparison.Ordinal);
        Assert.Contains("Dear Carol &lt;b&gt;C&lt;/b&gt;,", html, StringComparison.Ordinal);
        foreach (var hostile in (string[])["onerror", "script"])
        {
            Assert.DoesNotContain(hostile, html, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal("Dear Carol <b>C</b>, it ships today.", expanded.GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_file_response_is_attached_to_a_reply_and_refused_for_a_text_response_or_the_received_email()
    {
        var workgroup = await WorkgroupAsync(out var agentId);
        await using var desk = await CallDesk.OpenAsync(stack, agentId);
        var id = await stack.Control.SendEmailAsync(workgroup, Email("<p>Can I have your prices?</p>"));
        var key = Key(await desk.WaitForAsync(id, i => Status(i) == "Alerting", "the email alerting"));
        (await desk.PostAsync($"/api/me/interactions/{key}/pickup")).ShouldBe(HttpStatusCode.Accepted);
        await desk.WaitForAsync(id, i => Status(i) == "Connected", "the email picked up");
        var replyId = (await desk.PostAsync($"/api/me/interactions/{key}/email/responses", new { kind = "Reply" })).ShouldBe(HttpStatusCode.Accepted)
            .Property("interactionId")!;
        var replyKey = Key(await desk.WaitForAsync(replyId, i => Status(i) == "Connected", "the reply draft"));
        var shortcut = $"price{Guid.NewGuid():N}"[..12];
        var file = (await desk.PostAsync("/api/me/responses/personal/items", new { name = "Price list", kind = "File", shortcut, value = @"\\files\sales\price list.pdf" }))
            .ShouldBe(HttpStatusCode.Created).Property("id")!;
        var text = (await desk.PostAsync("/api/me/responses/personal/items", new { name = "Thanks", shortcut = shortcut + "t", value = "Thanks!" }))
            .ShouldBe(HttpStatusCode.Created).Property("id")!;

        var expanded = (await desk.PostAsync("/api/me/responses/expand", new { interactionKey = replyKey, shortcut })).ShouldBe(HttpStatusCode.OK).Json;
        Assert.Equal((true, ""), (expanded.GetProperty("sendAsFile").GetBoolean(), expanded.GetProperty("text").GetString()));
        (await desk.PostAsync($"/api/me/interactions/{replyKey}/email/response-files", new { responseId = file })).ShouldBe(HttpStatusCode.Accepted);

        var draft = await EmailAsync(desk, replyKey, e => e.GetProperty("attachments").EnumerateArray().Any(a => a.GetProperty("name").GetString() == "price list.pdf"),
            "the file response among the reply's attachments");
        Assert.Single(draft.GetProperty("attachments").EnumerateArray());
        (await desk.PostAsync($"/api/me/interactions/{replyKey}/email/response-files", new { responseId = text })).ShouldFail(HttpStatusCode.Conflict, "responses.notAFile");
        (await desk.PostAsync($"/api/me/interactions/{replyKey}/email/response-files", new { responseId = "no-such-response" })).ShouldFail(HttpStatusCode.NotFound, "responses.notFound");
        (await desk.PostAsync($"/api/me/interactions/{replyKey}/email/response-files", new { responseId = "" })).ShouldFail(HttpStatusCode.BadRequest, "responses.invalid");
        var onReceived = await desk.PostAsync($"/api/me/interactions/{key}/email/response-files", new { responseId = file });
        Assert.Equal(HttpStatusCode.Conflict, onReceived.Status);
    }

    private Task<string> WorkgroupAsync(out string agentId)
    {
        agentId = stack.TakeAgent();
        var workgroup = $"ItMail{Guid.NewGuid():N}"[..18];
        return Create(workgroup, agentId);

        async Task<string> Create(string name, string member)
        {
            await stack.Control.PostJsonAsync("/control/workgroups", new { name, members = new[] { member } });
            return name;
        }
    }

    /// <summary>A fresh Case id (15 characters), so no other test's email carries it.</summary>
    private static string NewCaseId() => "500" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();

    private async Task<(string Id, string Key)> PickedUpCaseEmailAsync(CallDesk desk, string workgroup, string caseId)
    {
        var email = Email("<p>Case update</p>");
        email["caseId"] = caseId;
        var id = await stack.Control.SendEmailAsync(workgroup, email);
        var key = Key(await desk.WaitForAsync(id, i => i.TryGetProperty("screenPop", out var pop) && pop.ValueKind == JsonValueKind.Object,
            "the Case popped"));
        (await desk.PostAsync($"/api/me/interactions/{key}/pickup")).ShouldBe(HttpStatusCode.Accepted);
        await desk.WaitForAsync(id, i => Status(i) == "Connected", "the email picked up");
        return (id, key);
    }

    /// <summary>The simulated org's REST API with a token (the agent's Salesforce session, as the Case feed's email form uses it).</summary>
    private async Task<HttpClient> SalesforceRestAsync()
    {
        var rest = new HttpClient { BaseAddress = stack.SalesforceUri };
        using var token = await rest.PostAsync("/services/oauth2/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "PureConnectSimulatorClient",
            ["client_secret"] = "simulator-secret",
        }));
        token.EnsureSuccessStatusCode();
        rest.DefaultRequestHeaders.Authorization = new("Bearer", (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString());
        return rest;
    }

    /// <summary>The agent replies with the email form of the Case: an outgoing EmailMessage under the Case.</summary>
    private static async Task<string> ReplyToCaseAsync(HttpClient salesforce, string caseId)
    {
        using var created = await salesforce.PostAsJsonAsync("/services/data/v62.0/sobjects/EmailMessage", new Dictionary<string, object>
        {
            ["ParentId"] = caseId,
            ["Incoming"] = false,
            ["ToAddress"] = "carol@customer.example",
            ["Subject"] = "RE: Order 1234 is late",
            ["TextBody"] = "It ships today.",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static Dictionary<string, object?> Email(string html) => new()
    {
        ["from"] = new { address = "carol@customer.example", name = "Carol Customer" },
        ["to"] = new[] { new { address = "support@contoso.example", name = "Support" } },
        ["subject"] = "Order 1234 is late",
        ["text"] = "Where is my order?",
        ["html"] = html,
        ["signature"] = "verified",
        ["attachments"] = new[]
        {
            new { name = "voicemail.wav", contentType = "audio/wav", contentBase64 = Convert.ToBase64String(Audio), contentId = (string?)null },
            new { name = "logo.png", contentType = "image/png", contentBase64 = Convert.ToBase64String(Logo), contentId = (string?)"logo@customer.example" },
        },
    };

    private static Task<ApiAnswer> UploadAsync(CallDesk desk, string key, string name, byte[] content)
    {
        var body = new ByteArrayContent(content);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return desk.Api.SendContentAsync(HttpMethod.Post, $"/api/me/interactions/{key}/email/attachments?name={Uri.EscapeDataString(name)}", body);
    }

    private static async Task<JsonElement> EmailAsync(CallDesk desk, string key, Func<JsonElement, bool> condition, string because) =>
        await Eventually.MatchesAsync(
            async () => (await desk.Api.GetAsync($"/api/me/interactions/{key}/email")).ShouldBe(HttpStatusCode.OK).Json,
            condition, TimeSpan.FromMinutes(2), because);
}
