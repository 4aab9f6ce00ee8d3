namespace PureConnect.Simulators.CicServer.Options;

/// <summary>The contact center the simulator runs when nothing is configured.</summary>
public static class DefaultSeedData
{
    private static readonly string[] FirstNames =
        ["Alex", "Blake", "Casey", "Devon", "Emery", "Finley", "Gray", "Harper", "Indy", "Jordan", "Kai", "Logan"];

    public const string MonitorUserId = "icws-monitor";

    public static Dictionary<string, int> FeatureVersions() => new(StringComparer.OrdinalIgnoreCase)
    {
        ["connection"] = 4,
        ["messaging"] = 2,
        ["status"] = 3,
        ["queues"] = 2,
        ["interactions"] = 5,
        ["dialer"] = 4,
    };

    /// <summary>The left column of the reference's capability table (§8.5).</summary>
    public static Dictionary<string, int> CapabilityBits() => new(StringComparer.OrdinalIgnoreCase)
    {
        ["Consult"] = 1,
        ["Disconnect"] = 2,
        ["Hold"] = 4,
        ["Listen"] = 8,
        ["Messaging"] = 16,
        ["Mute"] = 32,
        ["Park"] = 64,
        ["Pause"] = 128,
        ["Pickup"] = 256,
        ["Private"] = 512,
        ["Record"] = 1024,
        ["RequestHelp"] = 2048,
        ["Transfer"] = 4096,
        ["Join"] = 8192,
        ["ObjectWindow"] = 16384,
        ["Conference"] = 32768,
        ["Coach"] = 65536,
        ["Suspended"] = 131072,
        ["SecureRecordingPause"] = 262144,
    };

    /// <summary>Main Menu and Sales Line take transfers (Sales Line routes to Sales); After Hours does not.</summary>
    public static List<AttendantProfileSeed> AttendantProfiles() =>
    [
        new() { Name = "Main Menu", AllowTransfer = true },
        new() { Name = "Sales Line", AllowTransfer = true, Workgroup = "Sales" },
        new() { Name = "After Hours", AllowTransfer = false },
    ];

    /// <summary>A few account codes, "Personal" being the dummy code the help suggests.</summary>
    public static List<AccountCodeSeed> AccountCodes() =>
    [
        new() { Id = "100", Description = "Sales" },
        new() { Id = "200", Description = "Support" },
        new() { Id = "999", Description = "Personal" },
    ];

    /// <summary>agent1…agent12 (password 1234; agent5 and agent10 may use remote stations — a remote number or a remote
    /// workstation —, agent11 lacks Record Interactions, agent12 lacks Snip Interactions and the Recorder Access license) and
    /// the monitoring user icws-monitor (password monitor).</summary>
    /// <summary>The demo agents with the remote-station right: one in Sales, one in Support.</summary>
    public static readonly int[] RemoteStationAgents = [5, 10];

    public static List<UserSeed> Users()
    {
        var users = Enumerable.Range(1, FirstNames.Length).Select(n => new UserSeed
        {
            UserId = $"agent{n}",
            Password = "1234",
            DisplayName = $"{FirstNames[n - 1]} Agent",
            Extension = $"{1000 + n}",
            CanRecordInteractions = n != 11,
            CanSnipInteractions = n != 12,
            HasRecorderAccessLicense = n != 12,
            CanUseRemoteStations = RemoteStationAgents.Contains(n),
        }).ToList();
        users.Add(new UserSeed
        {
            UserId = MonitorUserId,
            Password = "monitor",
            DisplayName = "ICWS Monitor",
            Extension = "1999",
            CanMonitorQueues = true,
        });
        return users;
    }

    /// <summary>The dispositions a campaign offers when its seed names none; "Schedule a Callback" is in the Scheduled category.</summary>
    public static List<DispositionSeed> Dispositions() =>
    [
        new() { Label = "Sale", WrapUpCategory = "Success", WrapUpCode = "Sale" },
        new() { Label = "Not Interested", WrapUpCategory = "Failure", WrapUpCode = "Not Interested" },
        new() { Label = "Schedule a Callback", WrapUpCategory = "Scheduled", WrapUpCode = "Callback" },
        new() { Label = "Wrong Party", WrapUpCategory = "Wrong Party", WrapUpCode = "Wrong Party" },
        new() { Label = "Abandoned", WrapUpCategory = "Failure", WrapUpCode = "Abandoned", Abandon = true },
    ];

    /// <summary>Two calm demo campaigns for agent1…agent6: a predictive one and a preview one with a 30-second timer,
    /// a call every two minutes at most (agents log in to them from Menu &gt; Campaigns).</summary>
    public static List<CampaignSeed> Campaigns()
    {
        var agents = Enumerable.Range(1, 6).Select(n => $"agent{n}").ToList();
        return
        [
            new()
            {
                Id = "demo-renewals", Name = "Renewals", DialingMode = "Predictive", SecondsBetweenCalls = 120, Agents = agents,
                AutoDisconnectOnDisposition = true, Contacts = DemoContacts("Renewal due", "2026-12-31"),
            },
            new()
            {
                Id = "demo-preview", Name = "Large Preview Campaign", DialingMode = "Preview", PreviewTimeoutSeconds = 30,
                SecondsBetweenCalls = 120, Agents = agents, TimeZone = "America/New_York", Contacts = DemoContacts("Offer", "Premium plan"),
            },
        ];
    }

    private static List<ContactSeed> DemoContacts(string key, string value) =>
    [
        .. Enumerable.Range(1, 5).Select(n => new ContactSeed
        {
            Phone = $"+1317555{n:0000}",
            Name = $"Contact {FirstNames[n - 1]}",
            Attributes = new() { ["is_attr_account"] = $"ACCT-{1000 + n}", [key] = value },
        }),
    ];

    public static List<string> Stations() => [.. Enumerable.Range(1, 12).Select(n => $"station{n}")];

    public static List<WorkgroupSeed> Workgroups() =>
    [
        new()
        {
            Name = "Sales",
            Members = [.. Enumerable.Range(1, 6).Select(n => $"agent{n}")],
            WrapUpCodes = [Code("Sale", "Sales"), Code("No Sale", "Sales"), Code("Callback Requested", "Follow-up")],
        },
        new()
        {
            Name = "Support",
            Members = [.. Enumerable.Range(7, 6).Select(n => $"agent{n}")],
            WrapUpCodes = [Code("Resolved", "Support"), Code("Escalated", "Support"), Code("Callback Requested", "Follow-up")],
        },
    ];

    private static WrapUpCodeSeed Code(string id, string category) => new() { Id = id, Label = id, Category = category };

    /// <summary>The standard CIC status list (reference §6.1).</summary>
    public static List<StatusSeed> Statuses() =>
    [
        Status("Available", "available", "Available", acd: true),
        Status("Available, Forward", "available_forward", "Available", acd: true, forward: true),
        Status("Available, Follow-up", "available_followup", "Available", acd: true, followUp: true),
        Status("Available, No ACD", "available_noacd", "Available"),
        Status("Away from desk", "away", "Away"),
        Status("At Lunch", "lunch", "Away", time: true),
        Status("Do Not Disturb", "dnd", "Busy", dnd: true),
        Status("Gone Home", "gone_home", "Away", persistent: true),
        Status("In a Meeting", "meeting", "Busy", date: true, time: true),
        Status("On Vacation", "vacation", "Away", date: true, persistent: true),
        Status("Out of the Office", "out_of_office", "Away", persistent: true),
        Status("Working at Home", "work_from_home", "Available"),
        Status("Follow Up", "follow_up", "Follow Up", afterCallWork: true),
        Status("ACD - Agent Not Answering", "acd_not_answering", "Away", selectable: false),
        Status("Campaign Call", "campaign_call", "Busy", persistent: true, selectable: false),
    ];

    private static StatusSeed Status(
        string id, string icon, string group, bool acd = false, bool forward = false, bool followUp = false,
        bool time = false, bool date = false, bool dnd = false, bool persistent = false,
        bool afterCallWork = false, bool selectable = true) => new()
        {
            StatusId = id,
            MessageText = id,
            IconUri = $"/icws/icons/{icon}.png",
            GroupTag = group,
            SystemId = id,
            IsAcdStatus = acd,
            IsForwardStatus = forward,
            IsAllowFollowUpStatus = followUp,
            CanHaveTime = time,
            CanHaveDate = date,
            IsDoNotDisturbStatus = dnd,
            IsPersistentStatus = persistent,
            IsAfterCallWorkStatus = afterCallWork,
            IsSelectableStatus = selectable,
        };
    /// <summary>The demo Response Management libraries: General for everyone, Sales for agent1…agent6, Support for
    /// agent7…agent12. Items use the spec's macros ([UserName], [Date], [Attribute:Eic_RemoteName], [Response:signoff]).</summary>
    public static List<ResponseLibrarySeed> ResponseLibraries() =>
    [
        new()
        {
            Id = "8f0c2d6e-1a55-4a43-9d0e-000000000001",
            Name = "General",
            Description = "Greetings and closings for every agent",
            Categories =
            [
                new()
                {
                    Id = "8f0c2d6e-1a55-4a43-9d0e-000000000101",
                    Name = "Greetings",
                    Items =
                    [
                        Text("8f0c2d6e-1a55-4a43-9d0e-000000001001", "Hello", "hi", "<p>Hello, <b>[Attribute:Eic_RemoteName]</b>. My name is [UserName]. How can I help you?</p>", "greeting", "welcome"),
                        Text("8f0c2d6e-1a55-4a43-9d0e-000000001002", "Good day", "gd", "Good day! Today is [Date].", "greeting"),
                    ],
                },
                new()
                {
                    Id = "8f0c2d6e-1a55-4a43-9d0e-000000000102",
                    Name = "Closings",
                    Items =
                    [
                        Text("8f0c2d6e-1a55-4a43-9d0e-000000001003", "Sign-off", "signoff", "Again, my name is [UserName]. Thanks for chatting!", "closing"),
                        Text("8f0c2d6e-1a55-4a43-9d0e-000000001004", "Glad to help", "glad", "Glad to help. [Response:signoff]", "closing"),
                    ],
                },
            ],
            Items =
            [
                new() { Id = "8f0c2d6e-1a55-4a43-9d0e-000000001005", Name = "Opening hours", Type = 1, Shortcut = "hours", Keywords = ["hours", "open"], Value = "https://example.com/hours" },
            ],
        },
        new()
        {
            Id = "8f0c2d6e-1a55-4a43-9d0e-000000000002",
            Name = "Sales",
            Description = "Answers for the Sales workgroup",
            Users = [.. Enumerable.Range(1, 6).Select(n => $"agent{n}")],
            Items =
            [
                Text("8f0c2d6e-1a55-4a43-9d0e-000000002001", "Price list", "prices", "<p>Our <a href=\"https://example.com/prices\">price list</a> is online.</p><ul><li>Basic: 10 EUR</li><li>Pro: 25 EUR</li></ul>", "price", "cost"),
                new() { Id = "8f0c2d6e-1a55-4a43-9d0e-000000002002", Name = "Brochure", Type = 2, Shortcut = "brochure", Keywords = ["pdf"], Value = "brochure.pdf" },
            ],
        },
        new()
        {
            Id = "8f0c2d6e-1a55-4a43-9d0e-000000000003",
            Name = "Support",
            Description = "Answers for the Support workgroup",
            Users = [.. Enumerable.Range(7, 6).Select(n => $"agent{n}")],
            Items =
            [
                Text("8f0c2d6e-1a55-4a43-9d0e-000000003001", "Restart", "restart", "Please restart the device and tell me what you see, [Attribute:Eic_RemoteName].", "reboot"),
            ],
        },
    ];

    private static ResponseItemSeed Text(string id, string name, string shortcut, string value, params string[] keywords) =>
        new() { Id = id, Name = name, Type = 0, Shortcut = shortcut, Keywords = [.. keywords], Value = value };
}
