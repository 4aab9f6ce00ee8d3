using PureConnect.Simulators.CicServer.Contracts;

namespace PureConnect.Simulators.CicServer.Engine;

/// <summary>A refused password change; the HTTP layer answers 400 with a <c>urn:inin.com:security:passwordError</c> body.</summary>
public sealed class PasswordRejectedException(IReadOnlyList<PasswordPolicyError> problems)
    : Exception(string.Join(" ", problems.Select(p => p.PasswordPolicyErrorMsg)))
{
    public IReadOnlyList<PasswordPolicyError> Problems { get; } = problems;
}
