using PureConnect.Grains.Interactions;

namespace PureConnect.AgentApi.Contracts;

/// <summary>The default call-log subject as the Task gets it, from the call center's <c>CallLogs:Culture</c> and <c>CallLogs:TimeZone</c>.</summary>
public sealed class CallLogSubjects(string culture = "en-US", string timeZone = "UTC")
{
    public static CallLogSubjects From(IConfiguration configuration) =>
        new(configuration["CallLogs:Culture"] ?? "en-US", configuration["CallLogs:TimeZone"] ?? "UTC");

    public string Default(string objectType, DateTimeOffset? at) =>
        at is { } time ? CallLogSubject.Format(objectType, time, culture, timeZone) : objectType;
}
