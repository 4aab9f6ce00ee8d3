namespace PureConnect.Simulators.CicServer.Engine;

internal sealed record SimStation(string Id, string Extension);
