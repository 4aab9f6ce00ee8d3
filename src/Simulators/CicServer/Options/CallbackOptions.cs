namespace PureConnect.Simulators.CicServer.Options;

/// <summary>Callback behaviour the ICWS reference leaves unconfirmed (channels facts §3).</summary>
public sealed class CallbackOptions
{
    /// <summary>[U] Wire encoding of <c>Eic_CallbackCompletion</c>: the IceLib enum names (<c>Success</c>, <c>Failure</c>)
    /// or its numbers (<c>1</c>, <c>2</c>). <c>Eic_CallbackCompletionDisplay</c> always carries the name.</summary>
    public bool CompletionAsNumber { get; set; }

    /// <summary>[U] Status code of a successful <c>PUT interactions/{id}/callback/disposition</c>.</summary>
    public int DispositionSuccessStatus { get; set; } = 200;
}
