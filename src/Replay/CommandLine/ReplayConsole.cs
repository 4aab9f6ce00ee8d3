using Spectre.Console;

namespace PureConnect.Replay.CommandLine;

/// <summary>
/// Where the tool writes: the report to <see cref="Out"/>; progress and the summary of what was skipped to <see cref="Error"/>,
/// so that a report redirected to a file still shows its progress on the terminal.
/// </summary>
public sealed class ReplayConsole(TextWriter output, TextWriter error, bool outputIsTerminal, bool errorIsTerminal)
{
    public static ReplayConsole System() => new(Console.Out, Console.Error, !Console.IsOutputRedirected, !Console.IsErrorRedirected);

    /// <summary>Writers that are no terminal (tests, pipes).</summary>
    public static ReplayConsole Redirected(TextWriter output, TextWriter error) => new(output, error, false, false);

    public TextWriter Out { get; } = output;
    public TextWriter Error { get; } = error;

    /// <summary>Progress is drawn only on a terminal.</summary>
    public bool ShowsProgress { get; } = errorIsTerminal;

    public IAnsiConsole ReportConsole() => Create(Out, outputIsTerminal);

    public IAnsiConsole ErrorConsole() => Create(Error, ShowsProgress);

    private static IAnsiConsole Create(TextWriter writer, bool terminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Interactive = terminal ? InteractionSupport.Yes : InteractionSupport.No,
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (!terminal)
        {
            console.Profile.Width = 240; // a redirected report is not cut to 80 columns
        }

        return console;
    }
}
