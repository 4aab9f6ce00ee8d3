namespace PureConnect.IcwsIngest.Parking;

/// <summary>A grain call the ingest gave up on: its lane key, what it was, the last error, how often it was tried, and when.</summary>
public sealed record ParkedWork(string Key, string Description, string Error, int Attempts, DateTimeOffset ParkedAt);
