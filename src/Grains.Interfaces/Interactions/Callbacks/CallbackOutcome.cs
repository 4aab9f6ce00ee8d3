namespace PureConnect.Grains.Interactions.Callbacks;

/// <summary>How a callback ended (CIC's <c>Eic_CallbackCompletion</c>).</summary>
public enum CallbackOutcome
{
    Success = 1,
    Failure = 2,
}
