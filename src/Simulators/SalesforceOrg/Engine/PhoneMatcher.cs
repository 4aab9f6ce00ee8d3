namespace PureConnect.Simulators.SalesforceOrg.Engine;

/// <summary>
/// The simulator's phone-matching rule (a real org's SOSL phone tokenising is undocumented): compare digits only;
/// when both sides have at least 10 digits compare their last 10 (so <c>+1 (317) 555-0101</c> matches
/// <c>317.555.0101</c>), otherwise require the same digits.
/// </summary>
internal static class PhoneMatcher
{
    private const int NationalDigits = 10;

    public static string Digits(string text) => new([.. text.Where(char.IsAsciiDigit)]);

    public static bool Matches(string searchDigits, string storedPhone)
    {
        var stored = Digits(storedPhone);
        if (searchDigits.Length >= NationalDigits && stored.Length >= NationalDigits)
            return searchDigits[^NationalDigits..] == stored[^NationalDigits..];

        return stored.Length > 0 && stored == searchDigits;
    }
}
