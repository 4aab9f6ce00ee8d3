namespace PureConnect.Grains.Dialer;

/// <summary>Why a Dialer request is refused before it reaches CIC: an error code of the API and the agent's message.</summary>
public sealed record DialerRefusal(string Code, string Message)
{
    public static readonly DialerRefusal NotLoggedIn = new("dialer.notLoggedIn", "You are not logged in to Interaction Dialer.");
    public static readonly DialerRefusal NoCall = new("dialer.noCall", "There is no campaign call waiting for a disposition.");
}
