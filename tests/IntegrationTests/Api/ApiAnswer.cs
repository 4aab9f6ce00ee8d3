using System.Net;
using System.Text.Json;

namespace PureConnect.IntegrationTests.Api;

/// <summary>An AgentApi answer: status, JSON body (default when none) and the raw text for failure messages.</summary>
public sealed record ApiAnswer(HttpStatusCode Status, JsonElement Json, string Text)
{
    public string? Step => Property("step");

    public string? Code => Property("code");

    public string? Property(string name) =>
        Json.ValueKind == JsonValueKind.Object && Json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public ApiAnswer ShouldBe(HttpStatusCode expected)
    {
        Assert.True(Status == expected, $"Expected {(int)expected} but got {(int)Status}: {Text}");
        return this;
    }

    /// <summary>Asserts an error answer: its status and code.</summary>
    public ApiAnswer ShouldFail(HttpStatusCode expected, string code)
    {
        ShouldBe(expected);
        Assert.Equal(code, Code);
        return this;
    }

    public override string ToString() => $"{(int)Status} {Text}";
}
