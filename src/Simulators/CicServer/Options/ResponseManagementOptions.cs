namespace PureConnect.Simulators.CicServer.Options;

/// <summary>Response Management (channels facts §6): the system-wide libraries and the wire behaviour the reference
/// leaves unconfirmed.</summary>
public sealed class ResponseManagementOptions
{
    /// <summary>The system-wide libraries; null means the demo ones (<see cref="DefaultSeedData.ResponseLibraries"/>).</summary>
    public List<ResponseLibrarySeed>? Libraries { get; set; }

    /// <summary>[U] Status code of a successful <c>PUT messaging/subscriptions/response-management</c>.</summary>
    public int SubscriptionSuccessStatus { get; set; } = 200;

    /// <summary>[U] Whether saving the personal library sends its subscribers a <c>librariesChanged</c> entry.</summary>
    public bool PersonalSaveNotifiesSubscribers { get; set; } = true;

    /// <summary>Simulator's limit on the size of a personal library (items and categories together).</summary>
    public int MaxPersonalEntries { get; set; } = 2000;
}

/// <summary>A <c>responseManagementLibrary</c>; <see cref="Users"/> are the users with its Response Management View
/// access right (empty: every user).</summary>
public sealed class ResponseLibrarySeed
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public List<string> Users { get; set; } = [];

    public List<ResponseCategorySeed> Categories { get; set; } = [];

    public List<ResponseItemSeed> Items { get; set; } = [];
}

/// <summary>A <c>responseManagementCategory</c>: a folder of items and further categories.</summary>
public sealed class ResponseCategorySeed
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public List<ResponseCategorySeed> Categories { get; set; } = [];

    public List<ResponseItemSeed> Items { get; set; } = [];
}

/// <summary>A <c>responseManagementItem</c>: <see cref="Type"/> 0 Text (plain text or HTML), 1 URL, 2 File.</summary>
public sealed class ResponseItemSeed
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public int Type { get; set; }

    public string? Shortcut { get; set; }

    public List<string> Keywords { get; set; } = [];

    public string Value { get; set; } = "";
}
