using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PureConnect.Salesforce.Auth;

namespace PureConnect.Salesforce.UnitTests.Client;

public sealed class AuthenticationSettingsTests
{
    private static readonly string Pem = CreatePem();

    [Theory]
    [InlineData("https://login.salesforce.com", "https://login.salesforce.com")]
    [InlineData("https://acme.my.salesforce.com", "https://login.salesforce.com")]
    [InlineData("https://test.salesforce.com", "https://test.salesforce.com")]
    [InlineData("https://acme--uat.sandbox.my.salesforce.com", "https://test.salesforce.com")]
    public void The_jwt_audience_defaults_to_the_generic_login_host_not_the_my_domain(string loginUrl, string audience)
    {
        Assert.Equal(audience, TokenProvider.Audience(new SalesforceClientOptions { LoginUrl = new Uri(loginUrl) }));
    }

    [Fact]
    public void A_configured_audience_such_as_a_community_url_wins()
    {
        var options = new SalesforceClientOptions { LoginUrl = new Uri("https://acme.my.salesforce.com"), Audience = "https://acme.my.site.com/partners" };

        Assert.Equal("https://acme.my.site.com/partners", TokenProvider.Audience(options));
    }

    [Fact]
    public void Good_settings_of_either_grant_pass()
    {
        Assert.Empty(SalesforceClientOptionsValidator.Failures(Jwt()));
        Assert.Empty(SalesforceClientOptionsValidator.Failures(ClientCredentials("https://acme.my.salesforce.com")));
        Assert.Empty(SalesforceClientOptionsValidator.Failures(ClientCredentials("http://127.0.0.1:5200"))); // the local simulator
    }

    [Theory]
    [InlineData("https://login.salesforce.com")]
    [InlineData("https://test.salesforce.com")]
    public void Client_credentials_against_a_generic_login_host_are_refused_with_the_fix(string loginUrl)
    {
        var failure = Assert.Single(SalesforceClientOptionsValidator.Failures(ClientCredentials(loginUrl)));

        Assert.Contains("My Domain", failure);
        Assert.Contains("Salesforce:LoginUrl", failure);
    }

    [Fact]
    public void Each_missing_or_wrong_setting_is_named()
    {
        var failures = SalesforceClientOptionsValidator.Failures(new SalesforceClientOptions
        {
            ClientId = "",
            PrivateKeyPem = "not a key",
            LoginUrl = new Uri("http://login.example.com"),
            ApiVersion = "62",
            Audience = "login.salesforce.com",
        }).ToList();

        Assert.Equal(6, failures.Count);
        Assert.Contains(failures, f => f.Contains("Salesforce:ClientId", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Salesforce:UserName", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Salesforce:PrivateKeyPem", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Salesforce:LoginUrl", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Salesforce:ApiVersion", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Salesforce:Audience", StringComparison.Ordinal));
        Assert.DoesNotContain(failures, f => f.Contains("not a key", StringComparison.Ordinal));
    }

    [Fact]
    public void Neither_grant_configured_is_one_clear_message()
    {
        var failure = Assert.Single(SalesforceClientOptionsValidator.Failures(new SalesforceClientOptions { ClientId = "app" }));

        Assert.Contains("Salesforce:ClientSecret", failure);
    }

    [Fact]
    public void The_client_registration_validates_the_settings_with_those_messages()
    {
        var services = new ServiceCollection();
        services.AddSalesforceClient(o =>
        {
            o.ClientId = "app";
            o.ClientSecret = "secret";
        });
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SalesforceClientOptions>>().Value);

        Assert.Contains("My Domain", error.Message);
        Assert.DoesNotContain("secret", error.Message.Replace("ClientSecret", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private static SalesforceClientOptions Jwt() => new()
    {
        LoginUrl = new Uri("https://acme.my.salesforce.com"),
        ClientId = "app",
        UserName = "integration@acme.example",
        PrivateKeyPem = Pem,
    };

    private static SalesforceClientOptions ClientCredentials(string loginUrl) =>
        new() { LoginUrl = new Uri(loginUrl), ClientId = "app", ClientSecret = "secret" };

    private static string CreatePem()
    {
        using var rsa = RSA.Create(2048);
        return rsa.ExportPkcs8PrivateKeyPem();
    }
}
