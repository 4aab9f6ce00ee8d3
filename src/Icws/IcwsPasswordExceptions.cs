namespace PureConnect.Icws;

/// <summary>
/// CIC says the user's password has expired and must be changed before the session may be used. How ICWS reports it
/// is unconfirmed: any error whose id names an expired password raises this, on login or on a session request.
/// </summary>
public sealed class IcwsPasswordExpiredException(string message, int? statusCode, string? errorId)
    : IcwsException(message, statusCode, errorId);

/// <summary>A password change was refused: the old password is wrong or the new one breaks the password policy.</summary>
public sealed class IcwsPasswordRejectedException(string message, int? statusCode, string? errorId, IReadOnlyList<IcwsPasswordPolicyError> reasons)
    : IcwsException(message, statusCode, errorId)
{
    /// <summary>The policy errors the server listed (<c>passwordErrors</c>); may be empty.</summary>
    public IReadOnlyList<IcwsPasswordPolicyError> Reasons { get; } = reasons;
}

/// <summary>One entry of <c>urn:inin.com:security:passwordError.passwordErrors</c>.</summary>
/// <param name="Id">1 recently used, 2 too young, 3 too short, 4 too few unique digits, 5 all sequential digits, 6 account locked out,
/// 7 doesn't match (the old password), 8 access denied, 9–12 too few upper/lower/numeric/special characters; 0 unknown.</param>
/// <param name="Message">The server's localized text.</param>
public sealed record IcwsPasswordPolicyError(int Id, string Message);
