namespace PureConnect.Icws.UnitTests.Harness;

/// <summary>ICWS payloads as a CIC server writes them (field names and URNs from the reference, §1–§6).</summary>
public static class CannedIcws
{
    public static string ConnectionResponse(int messagingVersion) => $$"""
        {"__type":"urn:inin.com:connection:connectionResponse","sessionId":"{{FakeIcwsServer.SessionId}}",
         "csrfToken":"{{FakeIcwsServer.CsrfToken}}","alternateHostList":["cic-backup"],"userID":"agent1",
         "userDisplayName":"Agent One","icServer":"cic01","daysUntilPasswordExpiration":30,
         "version":{"majorVersion":"15","minorVersion":"1","su":"0","build":"1","productId":"x","codebaseId":"y"},
         "features":[{"featureId":"connection","version":12},{"featureId":"Messaging","version":{{messagingVersion}}}]}
        """;

    public const string QueueContents = """
        {"__type":"urn:inin.com:queues:queueContentsMessage","isDelta":true,"subscriptionId":"my-queue",
         "interactionsAdded":[{"interactionId":"1001","attributes":{"Eic_State":"A","Eic_RemoteAddress":"+15551234","Eic_Muted":null,"Eic_Capabilities":4356},"conferenceParentId":"2000"}],
         "interactionsChanged":[{"interactionId":"1002","attributes":{"EIC_STATE":"C"}}],
         "interactionsRemoved":["1003"],"someFutureField":{"x":1}}
        """;

    public const string UserStatusMessage = """
        {"__type":"urn:inin.com:status:userStatusMessage","isDelta":false,"userStatusList":[
         {"userId":"agent1","statusId":"Available","notes":"back soon","forwardNumber":"555","until":{"untilDateTime":"20240312T170000Z","hasDate":true,"hasTime":true},
          "onPhone":true,"onPhoneChanged":"20240312T141503Z","statusChanged":"2024-03-12T14:10:00.250Z","stations":["7001"],"icServers":["cic01"],"loggedIn":true},
         {"userId":"agent2","statusId":"Gone Home"}]}
        """;

    public const string StatusMessageJson = """
        {"statusId":"Available","messageText":"Available","iconUri":"/icws/icons/available.png","groupTag":"Available",
         "canHaveDate":false,"canHaveTime":true,"isDoNotDisturbStatus":false,"isSelectableStatus":true,"isPersistentStatus":false,
         "isForwardStatus":false,"isAfterCallWorkStatus":false,"isAcdStatus":true,"isAllowFollowUpStatus":true,"systemId":"Available"}
        """;

    public const string StationInfoJson = """
        {"id":"7001","extension":"7001","stationSetting":1,"canBeDialed":true,"ringAlways":false,"allowedMediaTypes":[1,2]}
        """;

    public static string ConnectionDown(string reason = "Switchover") => $$"""
        {"__type":"urn:inin.com:connection:connectionStateChangeMessage","isDelta":true,"previousConnectionState":1,
         "newConnectionState":2,"reason":"{{reason}}","shouldReconnect":true}
        """;

    public static string QueueMessage(string interactionId) => $$$"""
        {"__type":"urn:inin.com:queues:queueContentsMessage","isDelta":true,"subscriptionId":"q","interactionsAdded":[{"interactionId":"{{{interactionId}}}","attributes":{}}]}
        """;

    /// <summary>One message as a single-line SSE event.</summary>
    public static string Event(string json) => "data: " + json.ReplaceLineEndings(" ") + "\n\n";
}
