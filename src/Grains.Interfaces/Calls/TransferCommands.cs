namespace PureConnect.Grains.Calls;

// Transfer commands of one agent on one interaction (spec: "Transfer an interaction"). Deliberately grouped.
// DialAsDigits treats the typed text as a number to dial rather than a directory entry.

[GenerateSerializer, Immutable, Alias("PureConnect.BlindTransfer")]
public sealed record BlindTransfer(string UserId, TransferTarget Target, bool DialAsDigits = false);

[GenerateSerializer, Immutable, Alias("PureConnect.StartConsult")]
public sealed record StartConsult(string UserId, TransferTarget Target, bool DialAsDigits = false);

[GenerateSerializer, Immutable, Alias("PureConnect.ActOnConsult")]
public sealed record ActOnConsult(string UserId, ConsultAction Action);
