namespace PureConnect.Icws;

/// <summary>CIC user credentials. <see cref="ToString"/> never prints the password.</summary>
/// <param name="UserId">CIC user id.</param>
/// <param name="Password">CIC password.</param>
public sealed record IcwsCredentials(string UserId, string Password)
{
    /// <inheritdoc />
    public override string ToString() => $"IcwsCredentials {{ UserId = {UserId}, Password = *** }}";
}
