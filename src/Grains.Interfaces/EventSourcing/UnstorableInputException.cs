namespace PureConnect.Grains.EventSourcing;

/// <summary>
/// A grain refused a call because the events it would record cannot be stored (text with a NUL character,
/// for example). Nothing was recorded and the grain stays usable; retrying the same input fails the same way.
/// </summary>
[GenerateSerializer, Alias("PureConnect.UnstorableInputException")]
public sealed class UnstorableInputException : Exception
{
    public UnstorableInputException()
        : base("The input cannot be stored.")
    {
    }

    public UnstorableInputException(string message)
        : base(message)
    {
    }

    public UnstorableInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
