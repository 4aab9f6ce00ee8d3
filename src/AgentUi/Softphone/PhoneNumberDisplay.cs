using System.Globalization;
using Microsoft.Extensions.Options;
using PhoneNumbers;

namespace PureConnect.AgentUi.Softphone;

/// <summary>
/// Phone numbers as the agent reads them (libphonenumber): a number of the agent's own country in its national format
/// (<c>(317) 555-0100</c> for en-US), any other in the international format (<c>+1 317-555-0100</c> for a French agent). A number
/// without a country code belongs to <see cref="SoftphoneOptions.DefaultPhoneRegion"/> (the contact center's country). What is not
/// a phone number (an extension, a SIP address) is shown as CIC gave it.
/// </summary>
public sealed class PhoneNumberDisplay(IOptions<SoftphoneOptions> options)
{
    private static readonly PhoneNumberUtil Numbers = PhoneNumberUtil.GetInstance();

    /// <summary>In the current request's culture.</summary>
    public string Format(string? number) => Format(number, CultureInfo.CurrentCulture, options.Value.DefaultPhoneRegion);

    public static string Format(string? number, CultureInfo agent, string defaultRegion)
    {
        if (string.IsNullOrWhiteSpace(number) || number.Any(char.IsAsciiLetter))
        {
            return number ?? "";
        }

        try
        {
            var parsed = Numbers.Parse(number, defaultRegion.ToUpperInvariant());
            if (!Numbers.IsPossibleNumber(parsed))
            {
                return number;
            }

            return Numbers.Format(parsed, Numbers.GetRegionCodeForNumber(parsed) == RegionOf(agent) ? PhoneNumberFormat.NATIONAL : PhoneNumberFormat.INTERNATIONAL);
        }
        catch (NumberParseException)
        {
            return number;
        }
    }

    /// <summary>The agent's country: the culture's region, or the main one of its language (fr → FR, ja → JP).</summary>
    private static string? RegionOf(CultureInfo culture)
    {
        try
        {
            var specific = culture.IsNeutralCulture ? CultureInfo.CreateSpecificCulture(culture.Name) : culture;
            return specific.Name.Length == 0 ? null : new RegionInfo(specific.Name).TwoLetterISORegionName;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
