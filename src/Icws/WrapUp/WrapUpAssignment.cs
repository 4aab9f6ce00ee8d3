namespace PureConnect.Icws;

/// <summary>Body of <c>POST interactions/{id}/wrap-up-assignments</c> (§7.4: every field required).</summary>
public sealed record WrapUpAssignment(string Code, int SegmentId, DateTimeOffset Time, string User, string SourceInteractionId);
