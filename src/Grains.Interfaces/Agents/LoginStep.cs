namespace PureConnect.Grains.Agents;

/// <summary>Where an agent is in the login (spec: "Log in to PureConnect for Salesforce"), one step at a time.</summary>
public enum LoginStep
{
    /// <summary>No CIC session: log in with user id and password.</summary>
    LoggedOut = 0,

    /// <summary>The server has a user agreement: accept it to go on, decline to abandon the login.</summary>
    Agreement = 1,

    /// <summary>The password has expired: change it to go on.</summary>
    ChangePassword = 2,

    /// <summary>Choose a workstation, a remote workstation or a remote number.</summary>
    Station = 3,

    /// <summary>Logged in with a station.</summary>
    Ready = 4,
}
