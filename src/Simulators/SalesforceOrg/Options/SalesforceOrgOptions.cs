namespace PureConnect.Simulators.SalesforceOrg.Options;

/// <summary>Settings of the simulated org (section <c>SalesforceOrg</c>).</summary>
public sealed class SalesforceOrgOptions
{
    /// <summary>Configuration section the options bind from.</summary>
    public const string SectionName = "SalesforceOrg";

    /// <summary>The <c>instance_url</c> handed out with tokens; null means the origin the token request came to.</summary>
    public Uri? InstanceUrl { get; set; }

    /// <summary>Consumer key of the one connected app (the JWT's <c>iss</c>, the client-credentials <c>client_id</c>).</summary>
    public string ClientId { get; set; } = "PureConnectSimulatorClient";

    /// <summary>Consumer secret for the client-credentials grant; null disables that grant.</summary>
    public string? ClientSecret { get; set; } = "simulator-secret";

    /// <summary>PEM public key (or certificate) that verifies JWT assertions; null disables the JWT bearer grant.</summary>
    public string? JwtPublicKeyPem { get; set; }

    /// <summary>The integration user: the JWT's <c>sub</c>, the client-credentials Run As user, the default Task owner.</summary>
    public string IntegrationUserName { get; set; } = "integration@pureconnect.example";

    /// <summary>Accepted JWT audiences besides <c>https://login.salesforce.com</c>, <c>https://test.salesforce.com</c> and the simulator's own origin.</summary>
    public string[] AdditionalAudiences { get; set; } = [];

    /// <summary>How far in the future a JWT's <c>exp</c> may be (Salesforce's exact window is unconfirmed: 3 or 5 minutes).</summary>
    public TimeSpan MaxAssertionLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Lifetime of an access token (a real org's session timeout).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(2);

    /// <summary>API requests allowed in a rolling 24 hours.</summary>
    public long DailyApiLimit { get; set; } = 100_000;

    /// <summary>API name of the Task's custom external-id field.</summary>
    public string ExternalIdField { get; set; } = "PureConnect_InteractionId__c";

    /// <summary>Custom text fields (255) the org's Task has besides the standard ones, e.g. a Dialer campaign field.</summary>
    public List<string> TaskCustomTextFields { get; set; } = ["PureConnect_Campaign__c"];

    /// <summary>True makes the external id Unique (a duplicate create fails); false allows duplicates, so an upsert can meet 300.</summary>
    public bool ExternalIdUnique { get; set; }

    /// <summary>Status of a Task created without one (the Task reference says <c>Not Started</c>).</summary>
    public string DefaultTaskStatus { get; set; } = "Not Started";

    /// <summary>True rejects create-only fields (TaskSubtype) in an upsert that updates; false ignores them (unconfirmed which a real org does).</summary>
    public bool RejectCreateOnlyFieldsOnUpsertUpdate { get; set; }

    /// <summary>HTTP status of an <c>UNABLE_TO_LOCK_ROW</c> error (unconfirmed; 400 assumed).</summary>
    public int LockErrorStatusCode { get; set; } = 400;

    /// <summary>HTTP status of an <c>ENTITY_IS_DELETED</c> error (unconfirmed: 400 or 404).</summary>
    public int EntityDeletedStatusCode { get; set; } = 404;

    /// <summary>Records per page of a SOQL query result (Salesforce's default batch is 2,000); later pages via <c>nextRecordsUrl</c>.</summary>
    public int QueryBatchSize { get; set; } = 2000;

    /// <summary>Seeds a few demo Contacts, Leads and Accounts with phone numbers.</summary>
    public bool SeedDemoRecords { get; set; } = true;

    /// <summary>Contacts, Leads and Accounts to seed (besides the demo ones).</summary>
    public List<PhoneRecordSeed> Records { get; set; } = [];

    /// <summary>Models Omni-Channel (ServicePresenceStatus, UserServicePresence); false is an org without it (the objects do not exist).</summary>
    public bool OmniChannelEnabled { get; set; } = true;

    /// <summary>The org's presence statuses; empty seeds Available (routable), Busy, Away and Break.</summary>
    public List<PresenceStatusSeed> PresenceStatuses { get; set; } = [];

    /// <summary>The softphone the simulated Lightning console (<c>/console/{userId}</c>) frames: the call center's adapter URL
    /// (AgentUi's <c>/opencti</c>); also set through <c>PUT /control/console</c>.</summary>
    public Uri? SoftphoneUrl { get; set; }

    /// <summary>Endpoints of the org's outbound message on a Case reply (a workflow rule: an EmailMessage created with Incoming false
    /// and a Case as parent), posted as JSON (a real org posts SOAP). The Object Routing Connector listens to it to disconnect the
    /// email interaction of the Case; empty sends nothing.</summary>
    public List<Uri> CaseReplyOutboundMessageUrls { get; set; } = [];

    /// <summary>Delivery attempts of one outbound message before it is given up (a real org retries for 24 hours).</summary>
    public int OutboundMessageAttempts { get; set; } = 5;

    /// <summary>The Lightning message channel our utility-bar component listens on (the simulated console's copy of it).</summary>
    public string OmniMessageChannel { get; set; } = "PureConnectOmni__c";
}
