namespace PureConnect.Simulators.CicServer.Contracts;

/// <summary>Body of <c>POST interactions/{id}/wrap-up-assignments</c> (reference §7.4: every field required).</summary>
public sealed record WrapUpAssignmentRequest(string Code, int SegmentId, DateTimeOffset Time, string User, string SourceInteractionId);
