namespace PureConnect.AgentUi.Resources;

/// <summary>Marker of the softphone's text resources (<c>Strings.resx</c>: en-US; ja, es and fr beside it).</summary>
public sealed class Strings;
