using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using PureConnect.Salesforce.IntegrationTests.Harness;
using PureConnect.Salesforce.Tasks;

namespace PureConnect.Salesforce.IntegrationTests;

/// <summary>What else a real client meets: an unknown consumer key, the identity URL of the token response, a JSON body the
/// parser cannot read (with line and column), and the sObject Collections update.</summary>
public sealed class OrgSurfaceContractTests(SalesforceOrgFixture org) : IClassFixture<SalesforceOrgFixture>
{
    [Fact]
    public async Task An_unknown_consumer_key_is_invalid_client_id_and_a_wrong_secret_invalid_client()
    {
        var unknown = await Assert.ThrowsAsync<SalesforceAuthenticationException>(() =>
            org.CreateClient(Grant.ClientCredentials, o => o.ClientId = "no-such-app").CreateTaskAsync(new SalesforceTask { Subject = "x" }));
        var wrongSecret = await Assert.ThrowsAsync<SalesforceAuthenticationException>(() =>
            org.CreateClient(Grant.ClientCredentials, o => o.ClientSecret = "wrong").CreateTaskAsync(new SalesforceTask { Subject = "x" }));

        Assert.Equal(("invalid_client_id", "client identifier invalid"), (unknown.ErrorCode, unknown.Errors[0].Message));
        Assert.Equal("invalid_client", wrongSecret.ErrorCode);
    }

    [Fact]
    public async Task The_identity_url_of_the_token_response_names_the_integration_user()
    {
        using var tokenResponse = await org.RawHttp.PostAsync("/services/oauth2/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = SalesforceOrgFixture.ClientId,
            ["client_secret"] = SalesforceOrgFixture.ClientSecret,
        }));
        var token = await tokenResponse.Content.ReadFromJsonAsync<JsonElement>();

        using var request = new HttpRequestMessage(HttpMethod.Get, token.GetProperty("id").GetString());
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("access_token").GetString());
        using var identity = await org.RawHttp.SendAsync(request);
        using var forged = await org.RawHttp.SendAsync(new HttpRequestMessage(HttpMethod.Get, token.GetProperty("id").GetString())
        {
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", "forged") },
        });

        Assert.Equal(HttpStatusCode.OK, identity.StatusCode);
        var body = await identity.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(SalesforceOrgFixture.UserName, body.GetProperty("username").GetString());
        Assert.EndsWith("/services/data/v{version}/", body.GetProperty("urls").GetProperty("rest").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
    }

    [Fact]
    public async Task A_body_the_json_parser_cannot_read_is_JSON_PARSER_ERROR_with_line_and_column()
    {
        using var response = await org.Control.RawAsync(HttpMethod.Post, "sobjects/Task", "{\n  \"Subject\": \"a\",\n  oops\n}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await OrgControl.JsonAsync(response))[0];
        Assert.Equal("JSON_PARSER_ERROR", error.GetProperty("errorCode").GetString());
        Assert.Contains("[line:3, column:3]", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_collection_update_writes_each_record_by_id_and_reports_each_in_order()
    {
        var client = org.CreateClient();
        var saved = await client.CreateTaskAsync(new SalesforceTask { Subject = "before", Description = "to clear" });

        using var response = await org.Control.RawAsync(HttpMethod.Patch, "composite/sobjects", $$"""
            {"allOrNone":false,"records":[
              {"attributes":{"type":"Task"},"id":"{{saved.Id}}","Subject":"after","Description":null},
              {"attributes":{"type":"Task"},"Subject":"no id"}]}
            """);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = (await OrgControl.JsonAsync(response)).EnumerateArray().ToList();
        Assert.True(results[0].GetProperty("success").GetBoolean());
        Assert.Equal("MISSING_ARGUMENT", results[1].GetProperty("errors")[0].GetProperty("statusCode").GetString());
        using var read = await org.Control.RawAsync(HttpMethod.Get, $"sobjects/Task/{saved.Id}?fields=Subject,Description");
        var task = await OrgControl.JsonAsync(read);
        Assert.Equal(("after", JsonValueKind.Null), (task.GetProperty("Subject").GetString(), task.GetProperty("Description").ValueKind));
    }
}
