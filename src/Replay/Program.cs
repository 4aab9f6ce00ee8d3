using PureConnect.Replay.CommandLine;

return await ReplayCommandLine.RunAsync(args, ReplayConsole.System(), Environment.GetEnvironmentVariable);
