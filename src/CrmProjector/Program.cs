using PureConnect.CrmProjector;

CrmProjectorApplication.Build(args).Run();
