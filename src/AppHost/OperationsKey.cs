using System.Security.Cryptography;

namespace PureConnect.AppHost;

/// <summary>The operator key the AppHost gives every service (<c>Operations__ApiKey</c>) when none is asked for: new on each run.</summary>
public static class OperationsKey
{
    /// <summary>Where an operator sends it (the services also take it as the password of HTTP Basic).</summary>
    public const string HeaderName = "X-Operations-Key";

    public static string NewKey() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
