namespace PureConnect.Icws.Interactions;

/// <summary>Converts between <c>Eic_State</c> letters and <see cref="InteractionState"/>.</summary>
public static class InteractionStateCodes
{
    /// <summary>Reads an <c>Eic_State</c> value (case-insensitive); empty or unknown gives <see cref="InteractionState.None"/>.</summary>
    public static InteractionState Parse(string? eicState)
    {
        var code = eicState?.Trim();
        if (code is not { Length: 1 })
            return InteractionState.None;

        return char.ToUpperInvariant(code[0]) switch
        {
            'A' => InteractionState.Alerting,
            'C' => InteractionState.Connected,
            'H' => InteractionState.Held,
            'M' => InteractionState.Messaging,
            'O' => InteractionState.Offering,
            'P' => InteractionState.Parked,
            'R' => InteractionState.Proceeding,
            'X' => InteractionState.Suspended,
            'S' => InteractionState.System,
            'I' => InteractionState.InternalDisconnect,
            'E' => InteractionState.ExternalDisconnect,
            _ => InteractionState.None,
        };
    }

    /// <summary>The <c>Eic_State</c> letter of a state; <see cref="InteractionState.None"/> gives "".</summary>
    public static string ToCode(InteractionState state) => state switch
    {
        InteractionState.Alerting => "A",
        InteractionState.Connected => "C",
        InteractionState.Held => "H",
        InteractionState.Messaging => "M",
        InteractionState.Offering => "O",
        InteractionState.Parked => "P",
        InteractionState.Proceeding => "R",
        InteractionState.Suspended => "X",
        InteractionState.System => "S",
        InteractionState.InternalDisconnect => "I",
        InteractionState.ExternalDisconnect => "E",
        _ => "",
    };
}
