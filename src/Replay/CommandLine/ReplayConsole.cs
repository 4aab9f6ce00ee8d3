using Spectre.Console;

namespace PureConnect.Replay.CommandLine;

/// <summary>Where the tool writes: the report to <see cref="Out"/>, progress and the summary of what was skipped to <see cref="Error"/>.</summary>
public sealed class ReplayConsole(TextWriter output, TextWriter error, bool interactive)
{
    public static ReplayConsole System() =>
        new(Console.Out, Console.Error, !Console.IsErrorRedirected && !Console.IsOutputRedirected);

    public TextWriter Out { get; } = output;
    public TextWriter Error { get; } = error;

    /// <summary>Progress is drawn only on a terminal.</summary>
    public bool Interactive { get; } = interactive;

    public IAnsiConsole ReportConsole() => Create(Out, Interactive);

    public IAnsiConsole ErrorConsole() => Create(Error, Interactive);

    private static IAnsiConsole Create(TextWriter writer, bool interactive)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (!interactive)
        {
            console.Profile.Width = 240; // a redirected report is not cut to 80 columns
        }

        return console;
    }
}
