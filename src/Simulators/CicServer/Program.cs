using PureConnect.Simulators.CicServer;

CicServerApplication.Build(args).Run();
