using System.Diagnostics.CodeAnalysis;
using System.Net;

namespace PureConnect.AgentUi.AgentApi;

/// <summary>Outcome of one AgentApi call: a value, or an error with the HTTP status.</summary>
public sealed record ApiResult<T>(HttpStatusCode Status, T? Value, ApiError? Error)
{
    /// <summary>True when the call succeeded; <see cref="Value"/> is then set unless the answer had no body.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Error is null;

    /// <summary>True when AgentApi no longer knows the session.</summary>
    public bool Unauthorized => Status == HttpStatusCode.Unauthorized;
}
