namespace PureConnect.Grains.Calls;

/// <summary>Send <paramref name="InteractionId"/> to the agent's voicemail; <paramref name="SuppressScreenPop"/> when it
/// is still alerting, so no screen pop follows a call the agent did not take.</summary>
[GenerateSerializer, Immutable, Alias("PureConnect.VoicemailRequest")]
public sealed record VoicemailRequest(string InteractionId, bool SuppressScreenPop);
