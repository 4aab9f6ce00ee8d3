global using PureConnect.Simulators.CicServer;
