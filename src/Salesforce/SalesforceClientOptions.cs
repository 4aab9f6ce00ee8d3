namespace PureConnect.Salesforce;

/// <summary>Where the org is, how the client authenticates, and how hard it retries.</summary>
public sealed class SalesforceClientOptions
{
    /// <summary>Host of the token endpoint (<c>/services/oauth2/token</c>): <c>https://login.salesforce.com</c>,
    /// <c>https://test.salesforce.com</c>, or (preferred, and required for client credentials, which the generic hosts do
    /// not serve) the org's My Domain.</summary>
    public Uri LoginUrl { get; set; } = new("https://login.salesforce.com");

    /// <summary>When set, data requests go here instead of the token response's <c>instance_url</c>.</summary>
    public Uri? InstanceUrl { get; set; }

    /// <summary>REST API version in paths, e.g. <c>v62.0</c>.</summary>
    public string ApiVersion { get; set; } = "v62.0";

    /// <summary>Consumer key of the connected (or external client) app.</summary>
    public string ClientId { get; set; } = "";

    /// <summary>User the JWT bearer grant acts as (the <c>sub</c> claim). Unused by client credentials.</summary>
    public string? UserName { get; set; }

    /// <summary>PEM private key (PKCS#1 or PKCS#8) of the app's certificate. When set, the JWT bearer grant is used.</summary>
    public string? PrivateKeyPem { get; set; }

    /// <summary>Consumer secret. Used (client-credentials grant) when <see cref="PrivateKeyPem"/> is not set.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The JWT's <c>aud</c>. Defaults to <c>https://login.salesforce.com</c>, or <c>https://test.salesforce.com</c> when
    /// <see cref="LoginUrl"/> is a sandbox's (<c>test.salesforce.com</c>, <c>….sandbox.my.salesforce.com</c>), whatever host the
    /// token request goes to; set it to the site's URL for an Experience Cloud site.</summary>
    public string? Audience { get; set; }

    /// <summary>Lifetime of a JWT assertion (its <c>exp</c>); Salesforce wants it short.</summary>
    public TimeSpan AssertionLifetime { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>API name of the Task field holding the interaction id, used for upserts.</summary>
    public string ExternalIdField { get; set; } = "PureConnect_InteractionId__c";

    /// <summary>Time allowed for one attempt of one request.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time allowed for one Streaming API exchange: longer than the org holds a long poll (Salesforce: up to 110 s).</summary>
    public TimeSpan StreamingTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Retries of a transient failure (row lock, 5xx) before it surfaces as <see cref="SalesforceTransientException"/>.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First back-off delay; later ones grow exponentially, with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>True when the JWT bearer grant is configured.</summary>
    public bool UsesJwtBearer => !string.IsNullOrWhiteSpace(PrivateKeyPem);
}
