PureConnect.Simulators.SalesforceOrg.SalesforceOrgApplication.Build(args).Run();
