using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PureConnect.Simulators.CicServer.UnitTests.Support;

namespace PureConnect.Simulators.CicServer.UnitTests.Http;

public sealed class EmailHttpTests : IAsyncLifetime
{
    private const string ContentsType = "urn:inin.com:interactions.email:emailContentsMessage";
    private const string UploadStatusType = "urn:inin.com:interactions.email:emailUploadFileStatusMessage";
    private const string ResponseType = "urn:inin.com:interactions.email:createEmailResponseParameters";
    private static readonly byte[] Audio = [.. Encoding.ASCII.GetBytes("RIFF"), 1, 2, 3, 4, .. Encoding.ASCII.GetBytes("WAVE")];

    private readonly SimulatorHost _host = new(o => o.Emails.MaxAttachmentBytes = 64);

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task An_email_to_a_workgroup_alerts_a_member_who_reads_its_headers_bodies_signature_and_attachments_and_downloads_the_audio_file()
    {
        var (session, workgroup, _) = await AgentOnStationAsync();
        var emailId = await SendEmailAsync(workgroup, signature: "verified", caseId: "500000000000001AAA");
        await WaitForAttributeAsync(session, emailId, "Eic_State", "A");

        using var attributes = await session.SendAsync(HttpMethod.Get,
            $"interactions/{emailId}?select=Eic_ObjectType,Eic_State,Eic_RemoteAddress,Eic_EmailSubject,SF_CaseId,Eic_EmailAttachments");
        var a = (await attributes.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("attributes");
        Assert.Equal(("Email Interaction", "A", "carol@customer.example", "Order 1234 is late", "500000000000001AAA", "voicemail.wav"),
            (a.GetProperty("Eic_ObjectType").GetString(), a.GetProperty("Eic_State").GetString(), a.GetProperty("Eic_RemoteAddress").GetString(),
                a.GetProperty("Eic_EmailSubject").GetString(), a.GetProperty("SF_CaseId").GetString(), a.GetProperty("Eic_EmailAttachments").GetString()));

        await session.SendOkAsync(HttpMethod.Post, $"interactions/{emailId}/pickup");
        await session.SendOkAsync(HttpMethod.Put, $"messaging/subscriptions/interactions/{emailId}/email");
        var contents = (await MessagesAsync(session, ContentsType)).Single();

        Assert.False(contents.GetProperty("isDelta").GetBoolean());
        Assert.False(contents.GetProperty("isEditable").GetBoolean());
        Assert.Equal([0, 1, 2], contents.GetProperty("supportedResponseTypes").EnumerateArray().Select(e => e.GetInt32()));
        var email = contents.GetProperty("emailContent");
        Assert.Equal("Carol Customer", email.GetProperty("sender").GetProperty("displayName").GetString());
        Assert.Equal(["support@contoso.example"], Addresses(email, "toRecipients"));
        Assert.Equal(["boss@customer.example"], Addresses(email, "ccRecipients"));
        Assert.Equal(["audit@customer.example"], Addresses(email, "bccRecipients"));
        Assert.Equal([(0, "Where is my order?"), (1, "<p>Where is <b>my order</b>?</p>")],
            email.GetProperty("bodies").EnumerateArray().Select(b => (b.GetProperty("bodyType").GetInt32(), b.GetProperty("body").GetString())));
        Assert.Equal(0, email.GetProperty("signature").GetProperty("status").GetInt32());
        var file = email.GetProperty("fileAttachments").EnumerateArray().Single();
        Assert.Equal("voicemail.wav", file.GetProperty("name").GetString());

        using var download = new HttpRequestMessage(HttpMethod.Get, file.GetProperty("downloadUri").GetString());
        download.Headers.Add("Cookie", session.Cookie);
        using var downloaded = await _host.Http.SendAsync(download);
        Assert.Equal(HttpStatusCode.OK, downloaded.StatusCode);
        Assert.Equal("audio/wav", downloaded.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Audio, await downloaded.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_reply_is_a_draft_on_the_agents_queue_under_its_email_saved_given_an_attachment_and_sent_by_the_outbound_mailbox()
    {
        var (session, workgroup, _) = await AgentOnStationAsync();
        var emailId = await PickedUpEmailAsync(session, workgroup);

        var replyId = await CreateResponseAsync(session, emailId, 0);
        await session.SendOkAsync(HttpMethod.Put, $"messaging/subscriptions/interactions/{replyId}/email");
        var draft = (await MessagesAsync(session, ContentsType)).Last(m => m.GetProperty("interactionId").GetString() == replyId);
        Assert.True(draft.GetProperty("isEditable").GetBoolean());
        Assert.Equal((emailId, 2), (draft.GetProperty("parentInteractionId").GetString(), draft.GetProperty("emailType").GetInt32()));
        Assert.Equal("RE: Order 1234 is late", draft.GetProperty("emailContent").GetProperty("subject").GetString());
        Assert.Equal(["carol@customer.example"], Addresses(draft.GetProperty("emailContent"), "toRecipients"));
        Assert.Equal(replyId, await AttributeAsync(session, emailId, "Eic_EmailChildren"));

        await session.SendOkAsync(HttpMethod.Post, $"interactions/{replyId}/email/save", new
        {
            emailContent = new
            {
                __type = "urn:inin.com:interactions.email:emailContent",
                toRecipients = new[] { new { displayName = "Carol", address = "carol@customer.example" } },
                ccRecipients = new[] { new { displayName = "Boss", address = "boss@customer.example" } },
                subject = "RE: Order 1234 is late",
                bodies = new object[] { new { body = "It ships today.", bodyType = 0 }, new { body = "<p>It ships <b>today</b>.</p>", bodyType = 1 } },
            },
        });
        await UploadAsync(session, replyId, "label.txt", "PARCEL-42"u8.ToArray(), HttpStatusCode.OK);
        Assert.True((await MessagesAsync(session, UploadStatusType)).Single().GetProperty("uploadSuccess").GetBoolean());
        await session.SendOkAsync(HttpMethod.Post, $"interactions/{replyId}/email/send");

        var sent = (await _host.Http.GetFromJsonAsync<JsonElement>("/control/emails/sent")).EnumerateArray()
            .Single(s => s.GetProperty("interactionId").GetString() == replyId);
        Assert.Equal(("Reply", emailId, "support@contoso.example", "RE: Order 1234 is late", "<p>It ships <b>today</b>.</p>"),
            (sent.GetProperty("type").GetString(), sent.GetProperty("parentInteractionId").GetString(), sent.GetProperty("from").GetString(),
                sent.GetProperty("subject").GetString(), sent.GetProperty("html").GetString()));
        Assert.Equal(["carol@customer.example"], sent.GetProperty("to").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["boss@customer.example"], sent.GetProperty("cc").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal([("label.txt", 9)], sent.GetProperty("attachments").EnumerateArray().Select(f => (f.GetProperty("name").GetString(), f.GetProperty("length").GetInt32())));
        Assert.Equal("I", await AttributeAsync(session, replyId, "Eic_State"));
    }

    [Fact]
    public async Task An_oversized_upload_is_413_and_a_refused_address_is_a_clear_400_that_keeps_the_draft_to_send_after_a_fix()
    {
        var (session, workgroup, _) = await AgentOnStationAsync();
        var emailId = await PickedUpEmailAsync(session, workgroup);
        var replyId = await CreateResponseAsync(session, emailId, 0);
        (await _host.Http.PutAsJsonAsync("/control/emails/refused-addresses", new { addresses = new[] { "@customer.example" } })).EnsureSuccessStatusCode();

        await UploadAsync(session, replyId, "big.bin", new byte[65], HttpStatusCode.RequestEntityTooLarge);
        var status = (await MessagesAsync(session, UploadStatusType)).Single();
        using var refused = await session.SendAsync(HttpMethod.Post, $"interactions/{replyId}/email/send");

        Assert.False(status.GetProperty("uploadSuccess").GetBoolean());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var error = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("error.request.interactions.email.recipientRefused", error.GetProperty("errorId").GetString());
        Assert.Contains("carol@customer.example", error.GetProperty("message").GetString());
        Assert.Equal("C", await AttributeAsync(session, replyId, "Eic_State"));

        (await _host.Http.PutAsJsonAsync("/control/emails/refused-addresses", new { addresses = Array.Empty<string>() })).EnsureSuccessStatusCode();
        await session.SendOkAsync(HttpMethod.Post, $"interactions/{replyId}/email/send");
        Assert.Equal("I", await AttributeAsync(session, replyId, "Eic_State"));
    }

    [Fact]
    public async Task A_forward_waits_for_open_replies_carries_the_attachments_and_the_email_disconnects_only_after_its_drafts_then_reopens()
    {
        var (session, workgroup, _) = await AgentOnStationAsync();
        var emailId = await PickedUpEmailAsync(session, workgroup);
        var replyId = await CreateResponseAsync(session, emailId, 0);

        using var earlyForward = await session.SendAsync(HttpMethod.Post, "interactions", ResponseBody(emailId, 2));
        using var earlyDisconnect = await session.SendAsync(HttpMethod.Post, $"interactions/{emailId}/disconnect");
        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (earlyForward.StatusCode, earlyDisconnect.StatusCode));

        await session.SendOkAsync(HttpMethod.Post, $"interactions/{replyId}/disconnect");
        var forwardId = await CreateResponseAsync(session, emailId, 2);
        await session.SendOkAsync(HttpMethod.Post, $"interactions/{forwardId}/email/save", new
        {
            emailContent = new { toRecipients = new[] { new { displayName = "Tier 2", address = "tier2@contoso.example" } } },
        });
        await session.SendOkAsync(HttpMethod.Post, $"interactions/{forwardId}/email/send");
        var sent = (await _host.Http.GetFromJsonAsync<JsonElement>("/control/emails/sent")).EnumerateArray()
            .Single(s => s.GetProperty("interactionId").GetString() == forwardId);
        Assert.Equal(("FW: Order 1234 is late", "voicemail.wav"),
            (sent.GetProperty("subject").GetString(), sent.GetProperty("attachments")[0].GetProperty("name").GetString()));

        await session.SendOkAsync(HttpMethod.Post, $"interactions/{emailId}/disconnect");
        Assert.Equal("I", await AttributeAsync(session, emailId, "Eic_State"));
        await session.SendOkAsync(HttpMethod.Post, $"interactions/{emailId}/pickup");
        Assert.Equal("C", await AttributeAsync(session, emailId, "Eic_State"));
    }

    [Fact]
    public async Task An_agent_is_offered_one_email_at_a_time_and_the_next_once_the_other_agent_picks_up_the_first_transferred_blind()
    {
        var (session, workgroup, _) = await AgentOnStationAsync();
        var first = await SendEmailAsync(workgroup);
        var second = await SendEmailAsync(workgroup);
        await WaitForAttributeAsync(session, first, "Eic_State", "A");
        Assert.Equal("O", await AttributeAsync(session, second, "Eic_State"));

        var (other, otherStation, _) = await IcwsSession.CreateAgentAsync(_host.Http);
        var otherSession = await IcwsSession.LogInAsync(_host.Http, other, "pw");
        await otherSession.SendOkAsync(HttpMethod.Put, "connection/station",
            new { __type = "urn:inin.com:connection:workstationSettings", workstation = otherStation });
        await session.SendOkAsync(HttpMethod.Post, $"interactions/{first}/pickup");
        await session.SendOkAsync(HttpMethod.Post, $"interactions/{first}/blind-transfer", new { target = other });

        Assert.Equal(("A", other), (await AttributeAsync(otherSession, first, "Eic_State"), await AttributeAsync(otherSession, first, "Eic_UserName")));
        Assert.Equal("O", await AttributeAsync(session, second, "Eic_State"));
        await otherSession.SendOkAsync(HttpMethod.Post, $"interactions/{first}/pickup");
        await WaitForAttributeAsync(session, second, "Eic_State", "A");
    }

    private async Task<string> PickedUpEmailAsync(IcwsSession session, string workgroup)
    {
        var emailId = await SendEmailAsync(workgroup);
        await WaitForAttributeAsync(session, emailId, "Eic_State", "A");
        await session.SendOkAsync(HttpMethod.Post, $"interactions/{emailId}/pickup");
        return emailId;
    }

    private static object ResponseBody(string parentId, int responseType) =>
        new { __type = ResponseType, parentInteractionId = parentId, responseType };

    private static async Task<string> CreateResponseAsync(IcwsSession session, string parentId, int responseType)
    {
        using var response = await session.SendAsync(HttpMethod.Post, "interactions", ResponseBody(parentId, responseType));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("interactionId").GetString()!;
    }

    private async Task UploadAsync(IcwsSession session, string draftId, string name, byte[] content, HttpStatusCode expected)
    {
        using var announced = await session.SendAsync(HttpMethod.Post, $"interactions/{draftId}/email/attachments/file/upload",
            new { uploadFileName = name, isInlineAttachment = false });
        Assert.Equal(HttpStatusCode.Accepted, announced.StatusCode);
        var uploadUri = (await announced.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("uploadUri").GetString();
        using var put = new HttpRequestMessage(HttpMethod.Put, uploadUri) { Content = new ByteArrayContent(content) };
        put.Content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        put.Headers.Add("Cookie", session.Cookie);
        put.Headers.Add("ININ-ICWS-CSRF-Token", session.CsrfToken);
        using var uploaded = await _host.Http.SendAsync(put);
        Assert.Equal(expected, uploaded.StatusCode);
    }

    private async Task<string> SendEmailAsync(string workgroup, string? signature = null, string? caseId = null)
    {
        using var response = await _host.Http.PostAsJsonAsync("/control/emails", new
        {
            workgroup,
            from = new { address = "carol@customer.example", name = "Carol Customer" },
            to = new[] { new { address = "support@contoso.example", name = "Support" } },
            cc = new[] { new { address = "boss@customer.example" } },
            bcc = new[] { new { address = "audit@customer.example" } },
            subject = "Order 1234 is late",
            text = "Where is my order?",
            html = "<p>Where is <b>my order</b>?</p>",
            attachments = new[] { new { name = "voicemail.wav", contentType = "audio/wav", contentBase64 = Convert.ToBase64String(Audio) } },
            signature,
            caseId,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("interactionId").GetString()!;
    }

    private async Task<(IcwsSession Session, string Workgroup, string UserId)> AgentOnStationAsync()
    {
        var (userId, station, workgroup) = await IcwsSession.CreateAgentAsync(_host.Http);
        var session = await IcwsSession.LogInAsync(_host.Http, userId, "pw");
        await session.SendOkAsync(HttpMethod.Put, "connection/station",
            new { __type = "urn:inin.com:connection:workstationSettings", workstation = station });
        return (session, workgroup, userId);
    }

    private static IEnumerable<string?> Addresses(JsonElement content, string name) =>
        content.GetProperty(name).EnumerateArray().Select(a => a.GetProperty("address").GetString());

    private static async Task<string> AttributeAsync(IcwsSession session, string interactionId, string name)
    {
        using var response = await session.SendAsync(HttpMethod.Get, $"interactions/{interactionId}?select={name}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("attributes").GetProperty(name).GetString()!;
    }

    /// <summary>The ACD routes on the engine's tick: waits (generously) until the attribute has the value.</summary>
    private static async Task WaitForAttributeAsync(IcwsSession session, string interactionId, string name, string value)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (await AttributeAsync(session, interactionId, name) != value)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{name} of {interactionId} never became '{value}'.");
            await Task.Delay(20);
        }
    }

    private static async Task<List<JsonElement>> MessagesAsync(IcwsSession session, string type)
    {
        using var poll = await session.SendAsync(HttpMethod.Get, "messaging/messages", csrf: false);
        return (await poll.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Where(m => m.GetProperty("__type").GetString() == type).ToList();
    }
}
