using PureConnect.IcwsIngest;

IcwsIngestApplication.Build(args).Run();
