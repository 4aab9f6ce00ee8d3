using PureConnect.Replay.CommandLine;

namespace PureConnect.Replay.UnitTests;

/// <summary>Bad options are refused before anything is read (no database is needed to see it).</summary>
public sealed class CommandLineTests
{
    private const string Unreachable = "Host=127.0.0.1;Port=9;Database=events;Username=analyst;Password=secret;Timeout=5";

    private static async Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await ReplayCommandLine.RunAsync(args, ReplayConsole.Redirected(output, error), _ => null);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("'7x' is not an interval", "workgroup", "--interval", "7x", "--connection", Unreachable)]
    [InlineData("must be before --to", "agent-day", "--from", "2026-12-02", "--to", "2026-12-01", "--connection", Unreachable)]
    [InlineData("'yesterday' is not a time", "agent-day", "--from", "yesterday", "--connection", Unreachable)]
    [InlineData("--interaction", "timeline", "--connection", Unreachable)]
    [InlineData("xml", "agent-day", "--format", "xml", "--connection", Unreachable)]
    [InlineData("--page-size", "agent-day", "--page-size", "0", "--connection", Unreachable)]
    [InlineData("ConnectionStrings__pureconnect", "agent-day")]
    [InlineData("The connection string is not valid", "agent-day", "--connection", "Hots=db;Flavour=sweet")]
    [InlineData("--out", "export", "--connection", Unreachable)]
    [InlineData("'tomorrow' is not a time", "export", "--out", "x", "--to", "tomorrow", "--connection", Unreachable)]
    [InlineData("must be before --to", "export", "--out", "x", "--from", "2026-12-02", "--to", "2026-12-01", "--connection", Unreachable)]
    [InlineData("--row-group-size", "export", "--out", "x", "--row-group-size", "0", "--connection", Unreachable)]
    public async Task A_bad_option_is_a_clear_error_with_exit_code_2(string expected, params string[] args)
    {
        var (exitCode, output, error) = await RunAsync(args);

        Assert.Equal(ExitCodes.BadUsage, exitCode);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Empty(output);
    }

    [Fact]
    public async Task Help_shows_the_default_interval_as_it_is_written()
    {
        var (exitCode, output, _) = await RunAsync("workgroup", "--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("1h", output, StringComparison.Ordinal);
        Assert.DoesNotContain("ReportInterval", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_store_is_a_clear_error_without_the_password()
    {
        var (exitCode, _, error) = await RunAsync("agent-day", "--connection", Unreachable);

        Assert.Equal(ExitCodes.StoreUnavailable, exitCode);
        Assert.Contains("Cannot read the event store at 127.0.0.1:9/events", error, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error, StringComparison.Ordinal);
    }
}
