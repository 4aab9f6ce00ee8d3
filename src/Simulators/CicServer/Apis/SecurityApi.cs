using PureConnect.Simulators.CicServer.Contracts;
using PureConnect.Simulators.CicServer.Engine;
using PureConnect.Simulators.CicServer.Http;

namespace PureConnect.Simulators.CicServer.Apis;

/// <summary><c>POST /icws/{sessionId}/security/password</c> (ICWS SDK <c>Security.setPassword</c>).</summary>
internal static class SecurityApi
{
    private const string PasswordErrorType = "urn:inin.com:security:passwordError";

    public static void MapSecurityApi(this RouteGroupBuilder session)
    {
        session.MapPost("/security/password", async (HttpContext http, CicEngine engine) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            try
            {
                engine.ChangePassword(http.IcwsSession(), body.RequiredString("oldPassword"), body.RequiredString("newPassword"));
                return IcwsResult.Ok();
            }
            catch (PasswordRejectedException ex)
            {
                return new IcwsResult(StatusCodes.Status400BadRequest,
                    new PasswordErrorBody(PasswordErrorType, ErrorIds.PasswordPolicy, ex.Message, ex.Problems));
            }
        }).WithMetadata(new SessionFilter.AllowedWithExpiredPassword());
    }
}
