using System.Text.Json.Nodes;

namespace PureConnect.Icws;

/// <summary>Password change (<c>POST security/password</c>, ICWS SDK <c>Security.setPassword</c>).</summary>
public sealed partial class IcwsSession
{
    /// <summary>
    /// Changes the user's password. Throws <see cref="IcwsPasswordRejectedException"/> when the old password is wrong or the
    /// new one breaks the policy. On success the session is no longer restricted by an expired password.
    /// </summary>
    public async Task ChangePasswordAsync(string oldPassword, string newPassword, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(oldPassword);
        ArgumentNullException.ThrowIfNull(newPassword);
        var body = new JsonObject { ["oldPassword"] = oldPassword, ["newPassword"] = newPassword };
        try
        {
            await SendAsync(HttpMethod.Post, "security/password", body, ct).ConfigureAwait(false);
        }
        catch (IcwsRequestException ex) when (ex.StatusCode is 400 or 403)
        {
            throw new IcwsPasswordRejectedException(
                ex.ServerMessage ?? "CIC refused the new password.", ex.StatusCode, ex.ErrorId, ex.PasswordErrors);
        }

        Interlocked.Exchange(ref _passwordExpired, 0);
    }
}
