using PureConnect.AgentUi;

AgentUiApplication.Build(args).Run();
