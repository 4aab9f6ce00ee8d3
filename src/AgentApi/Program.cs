using PureConnect.AgentApi;

AgentApiApplication.Build(args).Run();
