namespace PureConnect.CrmProjector.ScreenPop;

/// <summary>
/// Screen pop of an Interaction Dialer call, pure: "for each outbound call, call attributes and details from the call list
/// record provide basic information about the contact. The integration can concurrently look up the contact in Salesforce".
/// A contact attribute named in <see cref="ScreenPopOptions.DialerRecordIdAttribute"/> that holds a Salesforce id pops that
/// record directly; otherwise the dialed number is searched like a caller id.
/// </summary>
public static class DialerScreenPop
{
    /// <summary>Key prefixes of the records a call list usually names (the Task's Name for people, Related To otherwise).</summary>
    private static readonly Dictionary<string, string> TypesByPrefix = new(StringComparer.Ordinal)
    {
        ["003"] = "Contact",
        ["00Q"] = "Lead",
        ["001"] = "Account",
        ["006"] = "Opportunity",
        ["500"] = "Case",
    };

    public static ScreenPopDecision? ByAttribute(IReadOnlyDictionary<string, string> attributes, string? attribute, string dialedNumber)
    {
        if (string.IsNullOrWhiteSpace(attribute) || !TryGet(attributes, attribute, out var id) || !IsSalesforceId(id))
        {
            return null;
        }

        return new ScreenPopDecision(ScreenPopKind.Record, id, TypesByPrefix.GetValueOrDefault(id[..3], "Record"), dialedNumber, 1);
    }

    /// <summary>15 or 18 letters and digits: the shape of a Salesforce record id.</summary>
    public static bool IsSalesforceId(string value) => value.Length is 15 or 18 && value.All(char.IsAsciiLetterOrDigit);

    private static bool TryGet(IReadOnlyDictionary<string, string> attributes, string name, out string value)
    {
        foreach (var (key, candidate) in attributes)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate.Trim();
                return true;
            }
        }

        value = "";
        return false;
    }
}
