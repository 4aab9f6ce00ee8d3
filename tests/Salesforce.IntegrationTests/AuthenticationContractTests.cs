using System.Net;
using System.Security.Cryptography;
using PureConnect.Salesforce.IntegrationTests.Harness;
using PureConnect.Salesforce.Tasks;

namespace PureConnect.Salesforce.IntegrationTests;

/// <summary>Both OAuth grants against the simulator's token endpoint, their refusals, and expiry in the middle of a run.</summary>
public sealed class AuthenticationContractTests(SalesforceOrgFixture org) : IClassFixture<SalesforceOrgFixture>
{
    [Theory]
    [InlineData(Grant.JwtBearer)]
    [InlineData(Grant.ClientCredentials)]
    public async Task Either_grant_gets_a_token_that_acts_as_the_integration_user(Grant grant)
    {
        var externalId = SalesforceOrgFixture.NewExternalId();

        var saved = await org.CreateClient(grant).CreateTaskAsync(SalesforceTask.NewCall(externalId) with { Subject = "Call" });

        var task = await org.Control.SingleTaskAsync(externalId);
        Assert.Equal(saved.Id, task.GetProperty("Id").GetString());
        Assert.StartsWith("005", task.GetProperty("OwnerId").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_client_secret_is_refused_with_invalid_client()
    {
        var client = org.CreateClient(Grant.ClientCredentials, options => options.ClientSecret = "not-the-secret");

        var error = await Assert.ThrowsAsync<SalesforceAuthenticationException>(() => client.CreateTaskAsync(new SalesforceTask { Subject = "x" }));

        Assert.Equal((400, "invalid_client"), (error.StatusCode, error.ErrorCode));
        Assert.DoesNotContain("not-the-secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_assertion_signed_with_another_key_is_refused_with_invalid_grant()
    {
        using var otherKey = RSA.Create(2048);
        var client = org.CreateClient(Grant.JwtBearer, options => options.PrivateKeyPem = otherKey.ExportPkcs8PrivateKeyPem());

        var error = await Assert.ThrowsAsync<SalesforceAuthenticationException>(() => client.CreateTaskAsync(new SalesforceTask { Subject = "x" }));

        Assert.Equal(("invalid_grant", "invalid assertion"), (error.ErrorCode, error.Errors[0].Message));
    }

    [Theory]
    [InlineData("https://login.example.com", null, null, "audience is invalid")]
    [InlineData(null, "someone.else@contract.test", null, "user hasn't approved this consumer")]
    [InlineData(null, null, "another-app", "client identifier invalid")]
    public async Task A_wrong_audience_user_or_app_is_refused(string? audience, string? userName, string? clientId, string description)
    {
        var client = org.CreateClient(Grant.JwtBearer, options =>
        {
            options.Audience = audience ?? options.Audience;
            options.UserName = userName ?? options.UserName;
            options.ClientId = clientId ?? options.ClientId;
        });

        var error = await Assert.ThrowsAsync<SalesforceAuthenticationException>(() => client.CreateTaskAsync(new SalesforceTask { Subject = "x" }));

        Assert.Equal(description, error.Errors[0].Message);
    }

    [Fact]
    public async Task The_production_login_host_is_an_accepted_audience()
    {
        var client = org.CreateClient(Grant.JwtBearer, options => options.Audience = "https://login.salesforce.com");

        var saved = await client.UpsertTaskAsync(SalesforceTask.NewCall(SalesforceOrgFixture.NewExternalId()));

        Assert.True(saved.Success);
    }

    [Fact]
    public async Task A_token_expired_mid_run_is_replaced_once_and_the_request_retried()
    {
        var client = org.CreateClient();
        var externalId = SalesforceOrgFixture.NewExternalId();
        await client.UpsertTaskAsync(SalesforceTask.NewCall(externalId) with { Subject = "first" });
        var issuedBefore = await org.Control.TokensIssuedAsync();

        Assert.True(await org.Control.ExpireTokensAsync() >= 1);
        var saved = await client.UpsertTaskAsync(new SalesforceTask { ExternalId = externalId, Subject = "after expiry" });

        Assert.Equal(false, saved.Created);
        Assert.Equal(issuedBefore + 1, await org.Control.TokensIssuedAsync());
        Assert.Equal("after expiry", (await org.Control.SingleTaskAsync(externalId)).GetProperty("Subject").GetString());
    }

    [Fact]
    public async Task An_unknown_token_gets_401_with_the_INVALID_SESSION_ID_array()
    {
        using var response = await org.Control.RawAsync(HttpMethod.Get, "sobjects/Task/00T000000000001AAA", token: "00D000000000001!forged");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var error = Assert.Single((await OrgControl.JsonAsync(response)).EnumerateArray());
        Assert.Equal("INVALID_SESSION_ID", error.GetProperty("errorCode").GetString());
        Assert.Equal("Session expired or invalid", error.GetProperty("message").GetString());
    }
}
