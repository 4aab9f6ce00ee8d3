using PureConnect.Salesforce.IntegrationTests.Harness;
using PureConnect.Salesforce.Tasks;
using PureConnect.Simulators.SalesforceOrg.Options;

namespace PureConnect.Salesforce.IntegrationTests;

/// <summary>An org whose session timeout is zero: every token is dead on arrival, so the client must give up after
/// exactly one fresh token instead of looping.</summary>
public sealed class TokenLifetimeContractTests(TokenLifetimeContractTests.ZeroLifetimeOrg org) : IClassFixture<TokenLifetimeContractTests.ZeroLifetimeOrg>
{
    public sealed class ZeroLifetimeOrg : SalesforceOrgFixture
    {
        protected override void Configure(SalesforceOrgOptions options)
        {
            base.Configure(options);
            options.TokenLifetime = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task A_second_401_after_a_fresh_token_is_an_authentication_error_after_exactly_two_token_requests()
    {
        var client = org.CreateClient();
        var issuedBefore = await org.Control.TokensIssuedAsync();

        var error = await Assert.ThrowsAsync<SalesforceAuthenticationException>(() => client.UpsertTaskAsync(SalesforceTask.NewCall(SalesforceOrgFixture.NewExternalId())));

        Assert.Equal((401, "INVALID_SESSION_ID"), (error.StatusCode, error.ErrorCode));
        Assert.Equal(issuedBefore + 2, await org.Control.TokensIssuedAsync());
    }
}
